-- AlterTable: the accent-free key the administrator's user search reads (core's userSearchKey).
ALTER TABLE "User" ADD COLUMN     "searchKey" TEXT;

-- Backfill existing accounts the way userSearchKey folds "name email": decompose (NFD), drop the combining
-- marks Vietnamese uses (U+0300-U+036F: tones and the breve, circumflex and horn), "đ"/"Đ" to "d" (a letter
-- of its own, not a mark), then lower-case (after folding, so a C-locale lower() sees ASCII only), collapse
-- whitespace and trim. No unaccent: the embedded database has no extension loaded here.
UPDATE "User" SET "searchKey" = btrim(regexp_replace(lower(translate(
  regexp_replace(normalize(name || ' ' || email, NFD), '[\u0300-\u036f]+', '', 'g'),
  'đĐ', 'dd')), '\s+', ' ', 'g'));

ALTER TABLE "User" ALTER COLUMN "searchKey" SET NOT NULL;
