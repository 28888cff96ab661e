import { z } from "zod";
import { idSchema } from "@/features/submissions/schema";

/** "Đánh dấu đã đọc" on one notification, or opening it (marks it read, then follows its link). */
export const notificationIdSchema = z.object({ notificationId: idSchema });

/** Pages of the list, newest first. */
export const NOTIFICATIONS_PAGE_SIZE = 30;

export const notificationsPageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);
