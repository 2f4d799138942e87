<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>CacheDatabase</name>
    <message>
        <source>không tạo được thư mục dữ liệu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp bộ nhớ đệm %1 bị hỏng (%2) và không dời đi được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp bộ nhớ đệm bị hỏng (%1); đã dời sang %2 và tạo tệp mới</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldReader</name>
    <message>
        <source>cần một địa chỉ http:// hoặc https:// hợp lệ, nhưng có &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần none, bearer hoặc api_key, nhưng có &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không ghi bí mật vào tệp cấu hình; dùng &quot;secret&quot; để đặt tên bí mật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có tệp cảnh nào (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không mở được tệp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON không hợp lệ ở dòng %1, cột %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần một đối tượng JSON ở gốc tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giá trị logic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chuỗi &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một mảng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có gì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu trường bắt buộc; cần %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần %1, nhưng có %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một chuỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một số từ %1 đến %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một số không nhỏ hơn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một số nguyên từ %1 đến %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true hoặc false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần một chuỗi, nhưng có %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần một trong %1, nhưng có &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiểu ô này nhận tối đa %1 chỉ tiêu, nhưng có %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần hour, day hoặc month, nhưng có &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần sum, avg, last hoặc max, nhưng có &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần lớn hơn hoặc bằng stale_after_s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần một đối tượng ô, nhưng có %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã ô &quot;%1&quot; bị trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiểu ô &quot;%1&quot; không tồn tại; các kiểu có: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiểu ô &quot;%1&quot; không có thuộc tính này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ô &quot;%1&quot; chồng lên ô &quot;%2&quot; tại cột %3, hàng %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần đúng %1 tên đầu ra (một cho mỗi màn hình), nhưng có %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsText</name>
    <message>
        <source>Màn hình tường của Trung tâm điều hành thông minh (IOC) thị xã Hòa Thành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chạy với bộ mô phỏng IOC tích hợp và dữ liệu mẫu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục cấu hình (wall.json, scenes/, sources/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THƯ_MỤC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục chứa bộ nhớ đệm SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vẽ toàn bộ tường ở độ phân giải đầy đủ khi dữ liệu đã tải, lưu PNG rồi thoát.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TỆP.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cảnh hiển thị đầu tiên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TÊN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện: vi (mặc định) hoặc en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiện cả tường thu nhỏ trong một cửa sổ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số giây tối đa chờ dữ liệu trước khi chụp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIÂY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tham số không rõ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang cần vi hoặc en, nhưng có &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-timeout cần một số giây dương</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaText</name>
    <message>
        <source>không đọc được phiên bản lược đồ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp bộ nhớ đệm có phiên bản %1, mới hơn bản chương trình này (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nâng cấp lược đồ lên phiên bản %1 thất bại: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimData</name>
    <message>
        <source>cần ít nhất một phường/xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần town hoặc province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần hour hoặc day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần một số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mỗi khoảng giờ cần bắt đầu trước khi kết thúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần count, level, cumulative, derived hoặc reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần area hoặc town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần percent_of_target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>các điểm gãy cần tăng dần theo giá trị nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần ít nhất hai điểm gãy hoặc scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần received, resolved_rate hoặc overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần một ngày dạng YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu cấu hình cho chỉ tiêu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mô hình cumulative cần chỉ tiêu theo ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ tiêu nguồn &quot;%1&quot; cần có trong danh mục, có cấu hình và không phải derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ tiêu nguồn phải cùng kỳ và cùng phạm vi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ tiêu nguồn không có target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần một mảng %1 số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần một mảng số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần một cặp số [a, b]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần [thấp, cao] với 0 ≤ thấp ≤ cao ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có cơ quan mã &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhóm &quot;%1&quot; chưa có tiêu đề mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu địa điểm cho %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần ít nhất một địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iocwall-sim</name>
    <message>
        <source>--port cần một số từ 0 đến 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed cần một số nguyên không âm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now cần một thời điểm ISO 8601, ví dụ 2026-11-25T08:30:00+07:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ mô phỏng IOC: phục vụ API của IOC tỉnh và IOC thị xã từ dữ liệu mẫu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cổng lắng nghe trên 127.0.0.1 (0: cổng trống bất kỳ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạt giống của dữ liệu sinh ra (mặc định 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng băng đồng hồ ở thời điểm ISO 8601 này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục dữ liệu thay cho dữ liệu cài sẵn (:/data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token của API tỉnh (hoặc biến môi trường IOCWALL_SIM_PROVINCE_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token của API thị xã (hoặc biến môi trường IOCWALL_SIM_TOWN_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iocwall::Connector</name>
    <message>
        <source>chưa có bí mật &quot;%1&quot; cho nguồn %2 (đặt biến môi trường %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hết thời gian chờ khi gọi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>máy chủ từ chối quyền truy cập (HTTP %1) ở %2: kiểm tra mã truy cập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>máy chủ trả lỗi HTTP %1 ở %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không kết nối được tới %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iocwall::Hub</name>
    <message>
        <source>không có bộ kết nối loại &quot;%1&quot; (nguồn %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iocwall::IocApiConnector</name>
    <message>
        <source>mất kết nối mạng nội bộ của bộ thu thập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh mục chỉ tiêu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh mục địa bàn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số liệu chỉ tiêu %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phản ánh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phản hồi không phải JSON hợp lệ (vị trí %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phản hồi thiếu mảng &quot;data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ tiêu thứ %1 thiếu &quot;code&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giá trị thứ %1 của chỉ tiêu %2 không hợp lệ (cần area, time ISO 8601 và value là số)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iocwall::KpiTile</name>
    <message>
        <source>%1 %2 so với kỳ trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục tiêu: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iocwall::LineChartTile</name>
    <message>
        <source>Mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iocwall::SimServer</name>
    <message>
        <source>%1 không phải thời điểm ISO 8601: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from phải trước to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khoảng thời gian dài quá %1 ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu mô phỏng có lỗi:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được cổng %1 trên 127.0.0.1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ hỗ trợ GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có đường dẫn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần tiêu đề Authorization: Bearer &lt;token&gt; của API này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu tham số indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API này không có chỉ tiêu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có địa bàn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status cần là một trong %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ mô phỏng đã chạy trên cổng %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iocwall::StoreWriter</name>
    <message>
        <source>ghi bộ nhớ đệm thất bại: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iocwall::TileItem</name>
    <message>
        <source>Dữ liệu cũ – cập nhật lúc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cập nhật %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cập nhật %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lỗi đọc dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iocwall::WallApplication</name>
    <message>
        <source>Lỗi cấu hình: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có cảnh &quot;%1&quot;; các cảnh có: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được bộ nhớ đệm %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không khởi động được bộ mô phỏng IOC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iocwall – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sau %1 giây vẫn chưa đủ dữ liệu; chụp với những gì đang có.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được ảnh chụp %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iocwall::WallController</name>
    <message>
        <source>Giữ cảnh cũ vì tệp cảnh lỗi: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
