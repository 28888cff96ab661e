import { MY_UPDATE_STATES, type MyUpdateState } from "@plan-tracker/core";
import { z } from "zod";
import { apiSchemaRegistry, idSchema as id, yearSchema as year } from "./schemas";

/** The contract of GET /api/v1/me/tasks, registered with the rest of /api/v1 for the OpenAPI document. */

export const myUpdateStateSchema = z.enum(MY_UPDATE_STATES as [MyUpdateState, ...MyUpdateState[]]);
apiSchemaRegistry.add(myUpdateStateSchema, {
  id: "MyUpdateState",
  description:
    "Cập nhật của cơ quan cho nhiệm vụ trong kỳ: NOT_UPDATED chưa cập nhật; có cập nhật thì theo báo cáo " +
    "của cơ quan: DRAFT nháp (chưa gửi), SUBMITTED đã gửi, RETURNED bị trả lại, ACCEPTED đã tiếp nhận.",
});

export const myTaskSchema = z.object({
  planId: id.describe("Kế hoạch."),
  planNumber: z.string().describe("Số của kế hoạch, ví dụ 182."),
  planSymbol: z.string().describe("Số, ký hiệu của kế hoạch, ví dụ 182/KH-UBND."),
  period: z.object({ id: id.describe("Kỳ báo cáo đang mở của kế hoạch."), year }),
  taskId: id,
  taskCode: z.string().describe("Mã nhiệm vụ, ví dụ II.4.a."),
  role: z.enum(["LEAD", "COORDINATOR"]).describe("LEAD chủ trì, COORDINATOR phối hợp."),
  updateState: myUpdateStateSchema,
});
apiSchemaRegistry.add(myTaskSchema, {
  id: "MyTask",
  description: "Một nhiệm vụ cơ quan chủ trì hoặc phối hợp trong kỳ báo cáo đang mở của kế hoạch.",
});

export const myTaskListResponseSchema = z.object({
  organizationCode: z.string().describe("Cơ quan của các nhiệm vụ."),
  data: z.array(myTaskSchema),
});
apiSchemaRegistry.add(myTaskListResponseSchema, { id: "MyTaskListResponse" });

export const myTasksQuerySchema = z.object({
  organizationCode: z
    .string()
    .trim()
    .min(1, { error: "Không được để trống." })
    .max(50, { error: "Tối đa 50 ký tự." })
    .optional()
    .describe("Cơ quan (mã, ví dụ SKHDT) khi tài khoản thuộc nhiều cơ quan; mặc định cơ quan đầu tiên."),
});
