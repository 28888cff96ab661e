// Tasks of II.4 "Một số nhiệm vụ cụ thể cấp bách" of Kế hoạch 182/KH-UBND. Conventions: see ./index.ts.

import type { SeedTask } from "../types";
import { paragraphs } from "./text";

export const tasksII4: SeedTask[] = [
  // The sentence ending "bao gồm:" only introduces the survey projects, so it is not an item itself. Where
  // one verb governs a list of named projects ("Triển khai thực hiện … Dự án …; Dự án …", "xây dựng Dự án …,
  // Dự án …, Dự án …"), each project is its own item and the shared verb stays in the content.
  {
    code: "II.4.a",
    label: "a)",
    heading: "Sở Tài nguyên và Môi trường chủ trì, phối hợp với các sở, ngành và địa phương:",
    content: paragraphs(
      "Tiếp tục đẩy mạnh công tác tuyên truyền nâng cao nhận thức, ý thức chấp hành các quy định pháp luật về bảo vệ môi trường và ứng phó với biến đổi khí hậu; phát động phong trào toàn dân tham gia chống rác thải nhựa và kiểm soát ô nhiễm môi trường biển.",
      "Tập trung kiểm soát, ngăn ngừa, giải quyết ô nhiễm môi trường. Rà soát các cơ sở có nguy cơ gây ô nhiễm môi trường cao để chủ động giải quyết khi có sự cố xảy ra; tăng cường kiểm soát ô nhiễm môi trường sông, biển; có biện pháp phù hợp để ngăn ngừa, giải quyết ô nhiễm môi trường; tham mưu chỉ đạo, hướng dẫn địa phương thực hiện có hiệu quả công tác bảo vệ môi trường. Thực hiện điều tra, đánh giá, phân loại và xây dựng cơ sở dữ liệu về nguồn phát thải trên địa bàn tỉnh. Tiếp tục thực hiện tốt công tác quan trắc môi trường; xây dựng hệ thống dữ liệu, thông tin về môi trường phục vụ phát triển kinh tế - xã hội. Tăng cường công tác thanh tra trách nhiệm đối với các cơ quan, đơn vị trong công tác tham mưu quản lý tài nguyên và môi trường; thường xuyên thanh tra, kiểm tra hoạt động khoáng sản, tài nguyên nước, sử dụng đất; kiểm tra công tác bảo vệ môi trường đối với các cơ sở sản xuất, kinh doanh có nguy cơ gây ô nhiễm cao.",
      "Tập trung thực hiện các nhiệm vụ, dự án điều tra cơ bản phục vụ cho công tác quản lý tài nguyên, bao gồm:",
      "Triển khai thực hiện có chất lượng, đảm bảo tiến độ Dự án xây dựng hệ thống hồ sơ địa chính và cơ sở dữ liệu đất đai; Dự án về cơ sở dữ liệu tài nguyên và môi trường. Tổ chức thực hiện cập nhật và theo dõi, triển khai kế hoạch hành động ứng phó với biến đổi khí hậu của tỉnh.",
      "Xây dựng Chương trình quản lý tổng hợp tài nguyên vùng bờ tỉnh Kiên Giang; xây dựng Dự án thiết lập hành lang bảo vệ bờ biển, Dự án lập và quản lý hồ sơ tài nguyên hải đảo để phục vụ công tác quản lý nhà nước, phát triển bền vững kinh tế biển, Dự án thành lập, hệ thống hóa bản đồ địa hình đáy biển tỷ lệ 1:5.000 – 1:25.000; Xây dựng báo cáo hiện trạng môi trường biển và hải đảo tỉnh Kiên Giang; cập nhật Kế hoạch ứng phó sự cố tràn dầu tỉnh Kiên Giang.",
      "Tổ chức thực hiện nhiệm vụ lập Danh mục khoanh định, bản đồ phân vùng hạn chế khai thác nước dưới đất trên địa bàn tỉnh Kiên Giang, đảm bảo phương án khai thác, sử dụng nước dưới đất bền vững, tiết kiệm hiệu quả. Xây dựng Kế hoạch điều tra cơ bản tài nguyên nước tỉnh đảm bảo theo phân cấp của quy hoạch tổng thể điều tra cơ bản tài nguyên nước quốc gia, xác định các nhiệm vụ ưu tiên đối với điều tra hiện trạng khai thác, sử dụng tài nguyên nước, xả nước thải vào nguồn nước; đánh giá khả năng tiếp nhận nước thải của nguồn nước; phục hồi nguồn nước bị ô nhiễm cạn kiệt; bố trí kinh phí xây dựng mạng lưới quan trắc động thái nước dưới đất cho các vùng có nguồn nước bị khai thác quá mức, vùng cần bảo vệ nước dưới đất. Đầu tư xây dựng, lắp đặt thiết bị thu nhận, lưu trữ thông tin giám sát khai thác tài nguyên nước, đảm bảo kết nối thông tin về khai thác, sử dụng tài nguyên nước của các tổ chức, cá nhân vào hệ thống giám sát của Sở Tài nguyên và Môi trường theo quy định. Đẩy mạnh hợp tác trong bảo vệ, khai thác tài nguyên nước mặt đối với các tỉnh giáp ranh, nằm phía thượng nguồn để đồng quản lý tài nguyên nước, tập trung cho vùng Tứ giác Long Xuyên và vùng U Minh Thượng (bán đảo Cà Mau).",
      "Quản lý chặt chẽ, khoa học và sử dụng có hiệu quả nguồn tài nguyên. Công tác giao đất, cho thuê đất để thực hiện các dự án đầu tư phải bảo đảm nhà đầu tư thực sự có nhu cầu, có năng lực và sử dụng tiết kiệm tài nguyên đất đai; xác định giá đất phải dựa trên cơ sở hài hòa lợi ích giữa nhà đầu tư và người có đất bị thu hồi; nâng cao hiệu quả sử dụng quỹ đất công. Tăng cường quản lý hoạt động khai thác khoáng sản, tài nguyên nước, tài nguyên biển và hải đảo, bảo đảm nguồn tài nguyên được sử dụng tiết kiệm, hiệu quả.",
    ),
    leadCode: "STNMT",
    leadImplied: false,
    leadText: "Sở Tài nguyên và Môi trường chủ trì",
    coordinatorCodes: [],
    genericCoordinators: [{ phrase: "các sở, ngành và địa phương", scope: "DEPARTMENTS_AND_DISTRICTS" }],
    kind: "CONTINUOUS",
    timeTexts: ["thường xuyên"],
    actionItems: [
      {
        code: "II.4.a.1",
        content:
          "Tiếp tục đẩy mạnh công tác tuyên truyền nâng cao nhận thức, ý thức chấp hành các quy định pháp luật về bảo vệ môi trường và ứng phó với biến đổi khí hậu",
      },
      {
        code: "II.4.a.2",
        content:
          "phát động phong trào toàn dân tham gia chống rác thải nhựa và kiểm soát ô nhiễm môi trường biển",
      },
      { code: "II.4.a.3", content: "Tập trung kiểm soát, ngăn ngừa, giải quyết ô nhiễm môi trường" },
      {
        code: "II.4.a.4",
        content:
          "Rà soát các cơ sở có nguy cơ gây ô nhiễm môi trường cao để chủ động giải quyết khi có sự cố xảy ra",
      },
      { code: "II.4.a.5", content: "tăng cường kiểm soát ô nhiễm môi trường sông, biển" },
      { code: "II.4.a.6", content: "có biện pháp phù hợp để ngăn ngừa, giải quyết ô nhiễm môi trường" },
      {
        code: "II.4.a.7",
        content: "tham mưu chỉ đạo, hướng dẫn địa phương thực hiện có hiệu quả công tác bảo vệ môi trường",
      },
      {
        code: "II.4.a.8",
        content:
          "Thực hiện điều tra, đánh giá, phân loại và xây dựng cơ sở dữ liệu về nguồn phát thải trên địa bàn tỉnh",
      },
      { code: "II.4.a.9", content: "Tiếp tục thực hiện tốt công tác quan trắc môi trường" },
      {
        code: "II.4.a.10",
        content: "xây dựng hệ thống dữ liệu, thông tin về môi trường phục vụ phát triển kinh tế - xã hội",
      },
      {
        code: "II.4.a.11",
        content:
          "Tăng cường công tác thanh tra trách nhiệm đối với các cơ quan, đơn vị trong công tác tham mưu quản lý tài nguyên và môi trường",
      },
      {
        code: "II.4.a.12",
        content: "thường xuyên thanh tra, kiểm tra hoạt động khoáng sản, tài nguyên nước, sử dụng đất",
        timeText: "thường xuyên",
      },
      {
        code: "II.4.a.13",
        content:
          "kiểm tra công tác bảo vệ môi trường đối với các cơ sở sản xuất, kinh doanh có nguy cơ gây ô nhiễm cao",
      },
      { code: "II.4.a.14", content: "Dự án xây dựng hệ thống hồ sơ địa chính và cơ sở dữ liệu đất đai" },
      { code: "II.4.a.15", content: "Dự án về cơ sở dữ liệu tài nguyên và môi trường" },
      {
        code: "II.4.a.16",
        content:
          "Tổ chức thực hiện cập nhật và theo dõi, triển khai kế hoạch hành động ứng phó với biến đổi khí hậu của tỉnh",
      },
      {
        code: "II.4.a.17",
        content: "Xây dựng Chương trình quản lý tổng hợp tài nguyên vùng bờ tỉnh Kiên Giang",
      },
      { code: "II.4.a.18", content: "Dự án thiết lập hành lang bảo vệ bờ biển" },
      {
        code: "II.4.a.19",
        content:
          "Dự án lập và quản lý hồ sơ tài nguyên hải đảo để phục vụ công tác quản lý nhà nước, phát triển bền vững kinh tế biển",
      },
      {
        code: "II.4.a.20",
        content: "Dự án thành lập, hệ thống hóa bản đồ địa hình đáy biển tỷ lệ 1:5.000 – 1:25.000",
      },
      {
        code: "II.4.a.21",
        content: "Xây dựng báo cáo hiện trạng môi trường biển và hải đảo tỉnh Kiên Giang",
      },
      { code: "II.4.a.22", content: "cập nhật Kế hoạch ứng phó sự cố tràn dầu tỉnh Kiên Giang" },
      {
        code: "II.4.a.23",
        content:
          "Tổ chức thực hiện nhiệm vụ lập Danh mục khoanh định, bản đồ phân vùng hạn chế khai thác nước dưới đất trên địa bàn tỉnh Kiên Giang, đảm bảo phương án khai thác, sử dụng nước dưới đất bền vững, tiết kiệm hiệu quả",
      },
      {
        code: "II.4.a.24",
        content:
          "Xây dựng Kế hoạch điều tra cơ bản tài nguyên nước tỉnh đảm bảo theo phân cấp của quy hoạch tổng thể điều tra cơ bản tài nguyên nước quốc gia, xác định các nhiệm vụ ưu tiên đối với điều tra hiện trạng khai thác, sử dụng tài nguyên nước, xả nước thải vào nguồn nước",
      },
      { code: "II.4.a.25", content: "đánh giá khả năng tiếp nhận nước thải của nguồn nước" },
      { code: "II.4.a.26", content: "phục hồi nguồn nước bị ô nhiễm cạn kiệt" },
      {
        code: "II.4.a.27",
        content:
          "bố trí kinh phí xây dựng mạng lưới quan trắc động thái nước dưới đất cho các vùng có nguồn nước bị khai thác quá mức, vùng cần bảo vệ nước dưới đất",
      },
      {
        code: "II.4.a.28",
        content:
          "Đầu tư xây dựng, lắp đặt thiết bị thu nhận, lưu trữ thông tin giám sát khai thác tài nguyên nước, đảm bảo kết nối thông tin về khai thác, sử dụng tài nguyên nước của các tổ chức, cá nhân vào hệ thống giám sát của Sở Tài nguyên và Môi trường theo quy định",
      },
      {
        code: "II.4.a.29",
        content:
          "Đẩy mạnh hợp tác trong bảo vệ, khai thác tài nguyên nước mặt đối với các tỉnh giáp ranh, nằm phía thượng nguồn để đồng quản lý tài nguyên nước, tập trung cho vùng Tứ giác Long Xuyên và vùng U Minh Thượng (bán đảo Cà Mau)",
      },
      { code: "II.4.a.30", content: "Quản lý chặt chẽ, khoa học và sử dụng có hiệu quả nguồn tài nguyên" },
      {
        code: "II.4.a.31",
        content:
          "Công tác giao đất, cho thuê đất để thực hiện các dự án đầu tư phải bảo đảm nhà đầu tư thực sự có nhu cầu, có năng lực và sử dụng tiết kiệm tài nguyên đất đai",
      },
      {
        code: "II.4.a.32",
        content:
          "xác định giá đất phải dựa trên cơ sở hài hòa lợi ích giữa nhà đầu tư và người có đất bị thu hồi",
      },
      { code: "II.4.a.33", content: "nâng cao hiệu quả sử dụng quỹ đất công" },
      {
        code: "II.4.a.34",
        content:
          "Tăng cường quản lý hoạt động khai thác khoáng sản, tài nguyên nước, tài nguyên biển và hải đảo, bảo đảm nguồn tài nguyên được sử dụng tiết kiệm, hiệu quả",
      },
    ],
  },
  // CONTINUOUS, not ONE_OFF: only one item carries a deadline ("năm 2020 phải hoàn thành", a month after
  // signing); the rest are standing duties of the 2021 - 2025 horizon, and a task-level 2020 due date would
  // make them overdue from 2021. The deadline stays on that item's timeText. "lấn chiếm đất lâm nghiệp trái
  // pháp luật" is still the object of "ngăn chặn", so it is not split off.
  {
    code: "II.4.b",
    label: "b)",
    heading: "Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các sở, ngành và địa phương:",
    content: paragraphs(
      "Thực hiện tốt Đề án tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới; xây dựng và thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025.",
      "Tập trung hoàn thành các công trình thuộc kế hoạch đầu tư công giai đoạn 2016 - 2020, trong đó năm 2020 phải hoàn thành các dự án; hoàn thiện hồ sơ thủ tục cho các dự án khởi công mới Kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025; tích hợp quy hoạch ngành nông nghiệp vào Quy hoạch chung tỉnh Kiên Giang theo hướng tái cơ cấu nông nghiệp và đưa ra các giải pháp hình thành hệ thống chống ngập đồng bộ, hiệu quả, nhất là khép kín hệ thống cống ven biển Tây; tập trung đầu tư xây dựng các công trình đê, kè, đập khu neo đậu tránh trú bão; nghiên cứu giải pháp hình thành hệ thống chống ngập đồng bộ, hiệu quả; xây dựng tuyến đường giao thông trên đê biển đảm bảo chống chịu biến đổi khí hậu, nước biển dâng, chịu sóng gió khi có mưa bão và phục hồi đai rừng ngập mặn sau khi có hệ thống kè chắn sóng, gây bồi, tạo bãi. Rà soát các điểm sạt lở ven sông, ven biển (khu vực có đông dân cư) và đưa ra các giải pháp công trình phòng, chống kịp thời không để ảnh hưởng đến tính mạng và tài sản người dân. Có kế hoạch di dân các đảo nhằm bảo vệ chủ quyền biển đảo; ứng dụng công nghệ cao trong quản lý, điều hành các công trình thủy lợi và phòng chống thiên tai, phù hợp thực tế, đáp ứng trong điều kiện biến đổi khí hậu, nước biển dâng nhằm thích ứng với biến đổi khí hậu.",
      "Tăng cường nghiên cứu chọn tạo, khảo nghiệm các giống cây trồng, vật nuôi và giống thủy sản có năng suất cao, chất lượng tốt, chống chịu khô hạn, mặn và ngập úng thích nghi với từng vùng sinh thái của tỉnh; nghiên cứu chuyển đổi cơ cấu cây trồng, cơ cấu mùa vụ và phương thức canh tác mới thích ứng với biến đổi khí hậu.",
      "Tiếp tục tăng cường bảo vệ rừng tự nhiên, quản lý rừng bền vững; thực hiện giao khoán bảo vệ rừng cho các tổ chức, cá nhân và hộ gia đình; thực hiện trồng rừng phòng hộ đầu nguồn, rừng phòng hộ ven biển và rừng phòng hộ môi trường; ngăn chặn tình trạng phá rừng, khai thác lâm sản trái pháp luật; lấn chiếm đất lâm nghiệp trái pháp luật; tăng cường năng lực phòng, chống để giảm cháy rừng; nghiên cứu cơ chế kết hợp khai thác các giá trị kinh tế của rừng đặc dụng, rừng phòng hộ để góp phần giảm nghèo, phát triển kinh tế - xã hội.",
    ),
    leadCode: "SNNPTNT",
    leadImplied: false,
    leadText: "Sở Nông nghiệp và Phát triển nông thôn chủ trì",
    coordinatorCodes: [],
    genericCoordinators: [{ phrase: "các sở, ngành và địa phương", scope: "DEPARTMENTS_AND_DISTRICTS" }],
    kind: "CONTINUOUS",
    timeTexts: ["giai đoạn 2021 - 2025", "giai đoạn 2016 - 2020", "năm 2020 phải hoàn thành"],
    actionItems: [
      {
        code: "II.4.b.1",
        content: "Thực hiện tốt Đề án tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới",
      },
      {
        code: "II.4.b.2",
        content:
          "xây dựng và thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025",
        timeText: "giai đoạn 2021 - 2025",
      },
      {
        code: "II.4.b.3",
        content:
          "Tập trung hoàn thành các công trình thuộc kế hoạch đầu tư công giai đoạn 2016 - 2020, trong đó năm 2020 phải hoàn thành các dự án",
        timeText: "năm 2020 phải hoàn thành",
      },
      {
        code: "II.4.b.4",
        content:
          "hoàn thiện hồ sơ thủ tục cho các dự án khởi công mới Kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025",
        timeText: "giai đoạn 2021 - 2025",
      },
      {
        code: "II.4.b.5",
        content:
          "tích hợp quy hoạch ngành nông nghiệp vào Quy hoạch chung tỉnh Kiên Giang theo hướng tái cơ cấu nông nghiệp và đưa ra các giải pháp hình thành hệ thống chống ngập đồng bộ, hiệu quả, nhất là khép kín hệ thống cống ven biển Tây",
      },
      {
        code: "II.4.b.6",
        content: "tập trung đầu tư xây dựng các công trình đê, kè, đập khu neo đậu tránh trú bão",
      },
      { code: "II.4.b.7", content: "nghiên cứu giải pháp hình thành hệ thống chống ngập đồng bộ, hiệu quả" },
      {
        code: "II.4.b.8",
        content:
          "xây dựng tuyến đường giao thông trên đê biển đảm bảo chống chịu biến đổi khí hậu, nước biển dâng, chịu sóng gió khi có mưa bão và phục hồi đai rừng ngập mặn sau khi có hệ thống kè chắn sóng, gây bồi, tạo bãi",
      },
      {
        code: "II.4.b.9",
        content:
          "Rà soát các điểm sạt lở ven sông, ven biển (khu vực có đông dân cư) và đưa ra các giải pháp công trình phòng, chống kịp thời không để ảnh hưởng đến tính mạng và tài sản người dân",
      },
      { code: "II.4.b.10", content: "Có kế hoạch di dân các đảo nhằm bảo vệ chủ quyền biển đảo" },
      {
        code: "II.4.b.11",
        content:
          "ứng dụng công nghệ cao trong quản lý, điều hành các công trình thủy lợi và phòng chống thiên tai, phù hợp thực tế, đáp ứng trong điều kiện biến đổi khí hậu, nước biển dâng nhằm thích ứng với biến đổi khí hậu",
      },
      {
        code: "II.4.b.12",
        content:
          "Tăng cường nghiên cứu chọn tạo, khảo nghiệm các giống cây trồng, vật nuôi và giống thủy sản có năng suất cao, chất lượng tốt, chống chịu khô hạn, mặn và ngập úng thích nghi với từng vùng sinh thái của tỉnh",
      },
      {
        code: "II.4.b.13",
        content:
          "nghiên cứu chuyển đổi cơ cấu cây trồng, cơ cấu mùa vụ và phương thức canh tác mới thích ứng với biến đổi khí hậu",
      },
      { code: "II.4.b.14", content: "Tiếp tục tăng cường bảo vệ rừng tự nhiên, quản lý rừng bền vững" },
      {
        code: "II.4.b.15",
        content: "thực hiện giao khoán bảo vệ rừng cho các tổ chức, cá nhân và hộ gia đình",
      },
      {
        code: "II.4.b.16",
        content:
          "thực hiện trồng rừng phòng hộ đầu nguồn, rừng phòng hộ ven biển và rừng phòng hộ môi trường",
      },
      {
        code: "II.4.b.17",
        content:
          "ngăn chặn tình trạng phá rừng, khai thác lâm sản trái pháp luật; lấn chiếm đất lâm nghiệp trái pháp luật",
      },
      { code: "II.4.b.18", content: "tăng cường năng lực phòng, chống để giảm cháy rừng" },
      {
        code: "II.4.b.19",
        content:
          "nghiên cứu cơ chế kết hợp khai thác các giá trị kinh tế của rừng đặc dụng, rừng phòng hộ để góp phần giảm nghèo, phát triển kinh tế - xã hội",
      },
    ],
  },
  {
    code: "II.4.c",
    label: "c)",
    heading: "Sở Công Thương chủ trì, phối hợp với các sở, ngành và địa phương:",
    content: paragraphs(
      "Đẩy mạnh phát triển các ngành công nghiệp theo quy hoạch, trong đó ưu tiên phát triển các ngành công nghiệp sạch, công nghiệp thân thiện môi trường; huy động tối đa các nguồn vốn để đầu tư hạ tầng các khu, cụm công nghiệp trên địa bàn tỉnh. Đảm bảo hoàn thành hệ thống xử lý nước thải tập trung trước khi đưa vào hoạt động.",
      "Hỗ trợ doanh nghiệp công nghiệp thực hiện đánh giá sản xuất sạch hơn, ứng dụng công nghệ thân thiện môi trường, cải tiến thiết bị, quy trình quản lý nhằm sử dụng có hiệu quả tài nguyên, nhiên liệu, nguyên vật liệu, giảm thiểu phát sinh chất thải.",
      "Tổ chức thực hiện có hiệu quả Kế hoạch sử dụng năng lượng tiết kiệm và hiệu quả trên địa bàn tỉnh giai đoạn 2020 - 2025; hỗ trợ cho các doanh nghiệp công nghiệp trên địa bàn tỉnh thực hiện kiểm toán năng lượng và áp dụng giải pháp tiết kiệm năng lượng.",
    ),
    leadCode: "SCT",
    leadImplied: false,
    leadText: "Sở Công Thương chủ trì",
    coordinatorCodes: [],
    genericCoordinators: [{ phrase: "các sở, ngành và địa phương", scope: "DEPARTMENTS_AND_DISTRICTS" }],
    kind: "CONTINUOUS",
    timeTexts: ["trước khi đưa vào hoạt động", "giai đoạn 2020 - 2025"],
    periodStartYear: 2020,
    periodEndYear: 2025,
    actionItems: [
      {
        code: "II.4.c.1",
        content:
          "Đẩy mạnh phát triển các ngành công nghiệp theo quy hoạch, trong đó ưu tiên phát triển các ngành công nghiệp sạch, công nghiệp thân thiện môi trường",
      },
      {
        code: "II.4.c.2",
        content: "huy động tối đa các nguồn vốn để đầu tư hạ tầng các khu, cụm công nghiệp trên địa bàn tỉnh",
      },
      {
        code: "II.4.c.3",
        content: "Đảm bảo hoàn thành hệ thống xử lý nước thải tập trung trước khi đưa vào hoạt động",
        timeText: "trước khi đưa vào hoạt động",
      },
      {
        code: "II.4.c.4",
        content:
          "Hỗ trợ doanh nghiệp công nghiệp thực hiện đánh giá sản xuất sạch hơn, ứng dụng công nghệ thân thiện môi trường, cải tiến thiết bị, quy trình quản lý nhằm sử dụng có hiệu quả tài nguyên, nhiên liệu, nguyên vật liệu, giảm thiểu phát sinh chất thải",
      },
      {
        code: "II.4.c.5",
        content:
          "Tổ chức thực hiện có hiệu quả Kế hoạch sử dụng năng lượng tiết kiệm và hiệu quả trên địa bàn tỉnh giai đoạn 2020 - 2025",
        timeText: "giai đoạn 2020 - 2025",
      },
      {
        code: "II.4.c.6",
        content:
          "hỗ trợ cho các doanh nghiệp công nghiệp trên địa bàn tỉnh thực hiện kiểm toán năng lượng và áp dụng giải pháp tiết kiệm năng lượng",
      },
    ],
  },
  {
    code: "II.4.d",
    label: "d)",
    heading: "Sở Giao thông vận tải chủ trì, phối hợp với các sở, ngành và địa phương:",
    content:
      "Chỉ đạo các đơn vị trực thuộc, đơn vị thi công, đơn vị bảo trì đường bộ, đường thủy lập kế hoạch tập kết các loại vật tư, thiết bị, chuẩn bị phương tiện vận tải đường bộ, đường thủy thiết yếu đảm bảo về số lượng, chất lượng, chủng loại tập trung ở các hạt quản lý đường bộ, các nơi xung yếu sẵn sàng phục vụ công tác khắc phục sự cố đường, cầu, cống, cảng, bến đảm bảo giao thông luôn thông suốt trong mọi tình huống; ứng cứu, di dời người và phương tiện khi có yêu cầu.",
    leadCode: "SGTVT",
    leadImplied: false,
    leadText: "Sở Giao thông vận tải chủ trì",
    coordinatorCodes: [],
    genericCoordinators: [{ phrase: "các sở, ngành và địa phương", scope: "DEPARTMENTS_AND_DISTRICTS" }],
    kind: "CONTINUOUS",
    timeTexts: [],
    actionItems: [
      {
        code: "II.4.d.1",
        content:
          "Chỉ đạo các đơn vị trực thuộc, đơn vị thi công, đơn vị bảo trì đường bộ, đường thủy lập kế hoạch tập kết các loại vật tư, thiết bị, chuẩn bị phương tiện vận tải đường bộ, đường thủy thiết yếu đảm bảo về số lượng, chất lượng, chủng loại tập trung ở các hạt quản lý đường bộ, các nơi xung yếu sẵn sàng phục vụ công tác khắc phục sự cố đường, cầu, cống, cảng, bến đảm bảo giao thông luôn thông suốt trong mọi tình huống",
      },
      { code: "II.4.d.2", content: "ứng cứu, di dời người và phương tiện khi có yêu cầu" },
    ],
  },
  // "xác định vị trí. Mức độ ảnh hưởng" is one clause with a stray full stop in the source (read: "xác định
  // vị trí, mức độ ảnh hưởng"); kept whole and as printed. "giai đoạn 2013 - 2020" and "giai đoạn 2020 -
  // 2030" name the periods of the cited Đề án and Kế hoạch, not of this task, so they are not time phrases
  // here.
  {
    code: "II.4.đ",
    label: "đ)",
    heading: "Sở Xây dựng chủ trì, phối hợp với các sở, ngành và địa phương:",
    content: paragraphs(
      "Nghiên cứu, ứng dụng các giải pháp chủ động ứng phó với biến đổi khí hậu, nước biển dâng của ngành xây dựng, bao gồm:",
      "- Tham mưu Ủy ban nhân dân tỉnh chủ động rà soát quy hoạch và thực tế phát triển đô thị và điểm dân cư, xác định vị trí. Mức độ ảnh hưởng của biến đổi khí hậu. Phối hợp với Bộ Xây dựng tổ chức xây dựng cơ sở dữ liệu và hệ thống bản đồ cảnh báo rủi ro đô thị (Atlas đô thị và khí hậu đối với thành phố Rạch Giá, thành phố Hà Tiên) thuộc Đề án phát triển các đô thị Việt Nam ứng phó với biến đổi khí hậu giai đoạn 2013 - 2020 theo Quyết định số 2623/QĐ-TTg ngày 31/12/2013 của Thủ tướng Chính phủ.",
      "- Phối hợp Cục Phát triển đô thị - Bộ Xây dựng thực hiện lồng ghép thích ứng với biến đổi khí hậu vào quy hoạch đô thị, quy hoạch xây dựng trên cơ sở kịch bản biến đổi khí hậu (nhiệm vụ số 9) theo Quyết định số 967/QĐ-BXD ngày 24/7/2020 của Bộ Xây dựng về việc ban hành Kế hoạch hành động của Bộ Xây dựng thực hiện Thỏa thuận Paris về biến đổi khí hậu, giai đoạn 2020 - 2030.",
      "Tổ chức thực hiện có hiệu quả đề án phát triển, quản lý chăm sóc cây xanh tại các đô thị trên địa bàn tỉnh.",
    ),
    leadCode: "SXD",
    leadImplied: false,
    leadText: "Sở Xây dựng chủ trì",
    coordinatorCodes: ["BXD", "CPTDT"],
    genericCoordinators: [{ phrase: "các sở, ngành và địa phương", scope: "DEPARTMENTS_AND_DISTRICTS" }],
    kind: "CONTINUOUS",
    timeTexts: [],
    actionItems: [
      {
        code: "II.4.đ.1",
        content:
          "Tham mưu Ủy ban nhân dân tỉnh chủ động rà soát quy hoạch và thực tế phát triển đô thị và điểm dân cư, xác định vị trí. Mức độ ảnh hưởng của biến đổi khí hậu",
      },
      {
        code: "II.4.đ.2",
        content:
          "Phối hợp với Bộ Xây dựng tổ chức xây dựng cơ sở dữ liệu và hệ thống bản đồ cảnh báo rủi ro đô thị (Atlas đô thị và khí hậu đối với thành phố Rạch Giá, thành phố Hà Tiên) thuộc Đề án phát triển các đô thị Việt Nam ứng phó với biến đổi khí hậu giai đoạn 2013 - 2020 theo Quyết định số 2623/QĐ-TTg ngày 31/12/2013 của Thủ tướng Chính phủ",
      },
      {
        code: "II.4.đ.3",
        content:
          "Phối hợp Cục Phát triển đô thị - Bộ Xây dựng thực hiện lồng ghép thích ứng với biến đổi khí hậu vào quy hoạch đô thị, quy hoạch xây dựng trên cơ sở kịch bản biến đổi khí hậu (nhiệm vụ số 9) theo Quyết định số 967/QĐ-BXD ngày 24/7/2020 của Bộ Xây dựng về việc ban hành Kế hoạch hành động của Bộ Xây dựng thực hiện Thỏa thuận Paris về biến đổi khí hậu, giai đoạn 2020 - 2030",
      },
      {
        code: "II.4.đ.4",
        content:
          "Tổ chức thực hiện có hiệu quả đề án phát triển, quản lý chăm sóc cây xanh tại các đô thị trên địa bàn tỉnh",
      },
    ],
  },
  // The command is named alone as the heading, so it leads.
  {
    code: "II.4.e",
    label: "e)",
    heading: "Bộ Chỉ huy Quân sự tỉnh:",
    content:
      "Đẩy mạnh công tác tuyên truyền, giáo dục, nâng cao nhận thức, ý thức chủ động trong phòng, chống thiên tai, ứng phó với biến đổi khí hậu cho cán bộ, chiến sĩ và Nhân dân, nhất là các địa bàn trọng điểm về thiên tai, sự cố. Chuẩn bị toàn diện, chu đáo về lực lượng, phương tiện, phương án phòng, chống, ứng phó kịp thời, có hiệu quả với mọi tình huống sự cố, thiên tai, biến đổi khí hậu. Phối hợp chặt chẽ với các cấp, ngành, lực lượng, địa phương trong phòng, chống thiên tai, biến đổi khí hậu.",
    leadCode: "BCHQS",
    leadImplied: true,
    leadText: "Bộ Chỉ huy Quân sự tỉnh",
    coordinatorCodes: [],
    genericCoordinators: [
      { phrase: "các cấp, ngành, lực lượng, địa phương", scope: "DEPARTMENTS_AND_DISTRICTS" },
    ],
    kind: "CONTINUOUS",
    timeTexts: [],
    actionItems: [
      {
        code: "II.4.e.1",
        content:
          "Đẩy mạnh công tác tuyên truyền, giáo dục, nâng cao nhận thức, ý thức chủ động trong phòng, chống thiên tai, ứng phó với biến đổi khí hậu cho cán bộ, chiến sĩ và Nhân dân, nhất là các địa bàn trọng điểm về thiên tai, sự cố",
      },
      {
        code: "II.4.e.2",
        content:
          "Chuẩn bị toàn diện, chu đáo về lực lượng, phương tiện, phương án phòng, chống, ứng phó kịp thời, có hiệu quả với mọi tình huống sự cố, thiên tai, biến đổi khí hậu",
      },
      {
        code: "II.4.e.3",
        content:
          "Phối hợp chặt chẽ với các cấp, ngành, lực lượng, địa phương trong phòng, chống thiên tai, biến đổi khí hậu",
      },
    ],
  },
];
