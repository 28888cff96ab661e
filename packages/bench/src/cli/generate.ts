/** Generates (or keeps) the large synthetic data set in DATABASE_URL (default: plan_tracker_bench). */
import { benchDatabaseUrl, ensureDataset } from "../generate/ensure";
import { scaleOption } from "./args";

const url = benchDatabaseUrl();
const started = performance.now();
ensureDataset(url, scaleOption(process.argv.slice(2)), (line) => console.log(line)).then(
  ({ marker, reused }) => {
    console.log(reused ? "Bộ dữ liệu đã có, giữ nguyên" : "Bộ dữ liệu đã tạo");
    for (const [table, n] of Object.entries(marker.counts)) console.log(`dataset.rows.${table}=${n}`);
    console.log(`dataset.generate_s=${marker.seconds}`);
    console.log(`dataset.total_s=${((performance.now() - started) / 1000).toFixed(1)}`);
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
