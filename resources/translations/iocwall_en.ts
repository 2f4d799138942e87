<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>CacheDatabase</name>
    <message>
        <source>không tạo được thư mục dữ liệu %1</source>
        <translation>cannot create the data folder %1</translation>
    </message>
    <message>
        <source>tệp bộ nhớ đệm %1 bị hỏng (%2) và không dời đi được</source>
        <translation>the cache file %1 is damaged (%2) and cannot be moved aside</translation>
    </message>
    <message>
        <source>tệp bộ nhớ đệm bị hỏng (%1); đã dời sang %2 và tạo tệp mới</source>
        <translation>the cache file was damaged (%1); it was moved to %2 and a new one started</translation>
    </message>
</context>
<context>
    <name>FieldReader</name>
    <message>
        <source>cần một địa chỉ http:// hoặc https:// hợp lệ, nhưng có "%1"</source>
        <translation>expected a valid http:// or https:// address, found "%1"</translation>
    </message>
    <message>
        <source>cần none, bearer hoặc api_key, nhưng có "%1"</source>
        <translation>expected none, bearer or api_key, found "%1"</translation>
    </message>
    <message>
        <source>không ghi bí mật vào tệp cấu hình; dùng "secret" để đặt tên bí mật</source>
        <translation>secrets do not belong in config files; name the secret with "secret"</translation>
    </message>
    <message>
        <source>không có tệp cảnh nào (*.json)</source>
        <translation>no scene files (*.json)</translation>
    </message>
    <message>
        <source>không mở được tệp: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>JSON không hợp lệ ở dòng %1, cột %2: %3</source>
        <translation>invalid JSON at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>cần một đối tượng JSON ở gốc tệp</source>
        <translation>expected a JSON object at the top of the file</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>giá trị logic %1</source>
        <translation>the boolean %1</translation>
    </message>
    <message>
        <source>số %1</source>
        <translation>the number %1</translation>
    </message>
    <message>
        <source>chuỗi "%1"</source>
        <translation>the string "%1"</translation>
    </message>
    <message>
        <source>một mảng</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>một đối tượng</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>không có gì</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>thiếu trường bắt buộc; cần %1</source>
        <translation>required field missing; expected %1</translation>
    </message>
    <message>
        <source>cần %1, nhưng có %2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <source>một chuỗi</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>một số</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>một số từ %1 đến %2</source>
        <translation>a number from %1 to %2</translation>
    </message>
    <message>
        <source>một số không nhỏ hơn %1</source>
        <translation>a number not below %1</translation>
    </message>
    <message>
        <source>một số nguyên từ %1 đến %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>true hoặc false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>cần một chuỗi, nhưng có %1</source>
        <translation>expected a string, found %1</translation>
    </message>
    <message>
        <source>cần một trong %1, nhưng có "%2"</source>
        <translation>expected one of %1, found "%2"</translation>
    </message>
    <message>
        <source>kiểu ô này nhận tối đa %1 chỉ tiêu, nhưng có %2</source>
        <translation>this tile type takes at most %1 indicators, found %2</translation>
    </message>
    <message>
        <source>cần hour, day hoặc month, nhưng có "%1"</source>
        <translation>expected hour, day or month, found "%1"</translation>
    </message>
    <message>
        <source>cần sum, avg, last hoặc max, nhưng có "%1"</source>
        <translation>expected sum, avg, last or max, found "%1"</translation>
    </message>
    <message>
        <source>cần lớn hơn hoặc bằng stale_after_s (%1)</source>
        <translation>expected at least stale_after_s (%1)</translation>
    </message>
    <message>
        <source>cần một đối tượng ô, nhưng có %1</source>
        <translation>expected a tile object, found %1</translation>
    </message>
    <message>
        <source>mã ô "%1" bị trùng</source>
        <translation>tile id "%1" is used twice</translation>
    </message>
    <message>
        <source>kiểu ô "%1" không tồn tại; các kiểu có: %2</source>
        <translation>there is no tile type "%1"; the types are: %2</translation>
    </message>
    <message>
        <source>kiểu ô "%1" không có thuộc tính này</source>
        <translation>tile type "%1" has no such property</translation>
    </message>
    <message>
        <source>ô "%1" chồng lên ô "%2" tại cột %3, hàng %4</source>
        <translation>tile "%1" overlaps tile "%2" at column %3, row %4</translation>
    </message>
    <message>
        <source>cần đúng %1 tên đầu ra (một cho mỗi màn hình), nhưng có %2</source>
        <translation>expected exactly %1 output names (one per screen), found %2</translation>
    </message>
</context>
<context>
    <name>OptionsText</name>
    <message>
        <source>Màn hình tường của Trung tâm điều hành thông minh (IOC) thị xã Hòa Thành.</source>
        <translation>The video wall of the Intelligent Operations Center (IOC) of Hòa Thành town.</translation>
    </message>
    <message>
        <source>Chạy với bộ mô phỏng IOC tích hợp và dữ liệu mẫu.</source>
        <translation>Run on the built-in IOC simulator and demo data.</translation>
    </message>
    <message>
        <source>Thư mục cấu hình (wall.json, scenes/, sources/).</source>
        <translation>Configuration folder (wall.json, scenes/, sources/).</translation>
    </message>
    <message>
        <source>THƯ_MỤC</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Thư mục chứa bộ nhớ đệm SQLite.</source>
        <translation>Folder of the SQLite cache.</translation>
    </message>
    <message>
        <source>Vẽ toàn bộ tường ở độ phân giải đầy đủ khi dữ liệu đã tải, lưu PNG rồi thoát.</source>
        <translation>Render the whole wall at full resolution once data has loaded, save a PNG and exit.</translation>
    </message>
    <message>
        <source>TỆP.png</source>
        <translation>FILE.png</translation>
    </message>
    <message>
        <source>Cảnh hiển thị đầu tiên.</source>
        <translation>The scene to show first.</translation>
    </message>
    <message>
        <source>TÊN</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện: vi (mặc định) hoặc en.</source>
        <translation>User interface language: vi (default) or en.</translation>
    </message>
    <message>
        <source>Hiện cả tường thu nhỏ trong một cửa sổ.</source>
        <translation>Show the whole wall scaled in one window.</translation>
    </message>
    <message>
        <source>Số giây tối đa chờ dữ liệu trước khi chụp.</source>
        <translation>Longest wait for data before the screenshot, in seconds.</translation>
    </message>
    <message>
        <source>GIÂY</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>tham số không rõ: %1</source>
        <translation>unknown arguments: %1</translation>
    </message>
    <message>
        <source>--lang cần vi hoặc en, nhưng có "%1"</source>
        <translation>--lang expects vi or en, found "%1"</translation>
    </message>
    <message>
        <source>--screenshot-timeout cần một số giây dương</source>
        <translation>--screenshot-timeout expects a positive number of seconds</translation>
    </message>
</context>
<context>
    <name>SchemaText</name>
    <message>
        <source>không đọc được phiên bản lược đồ: %1</source>
        <translation>cannot read the schema version: %1</translation>
    </message>
    <message>
        <source>tệp bộ nhớ đệm có phiên bản %1, mới hơn bản chương trình này (%2)</source>
        <translation>the cache file has version %1, newer than this program (%2)</translation>
    </message>
    <message>
        <source>nâng cấp lược đồ lên phiên bản %1 thất bại: %2</source>
        <translation>upgrading the schema to version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>SimData</name>
    <message>
        <source>cần ít nhất một phường/xã</source>
        <translation>expected at least one ward or commune</translation>
    </message>
    <message>
        <source>cần town hoặc province</source>
        <translation>expected town or province</translation>
    </message>
    <message>
        <source>cần hour hoặc day</source>
        <translation>expected hour or day</translation>
    </message>
    <message>
        <source>cần một số</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>mỗi khoảng giờ cần bắt đầu trước khi kết thúc</source>
        <translation>each hour range must start before it ends</translation>
    </message>
    <message>
        <source>cần count, level, cumulative, derived hoặc reports</source>
        <translation>expected count, level, cumulative, derived or reports</translation>
    </message>
    <message>
        <source>cần area hoặc town</source>
        <translation>expected area or town</translation>
    </message>
    <message>
        <source>cần percent_of_target</source>
        <translation>expected percent_of_target</translation>
    </message>
    <message>
        <source>các điểm gãy cần tăng dần theo giá trị nguồn</source>
        <translation>breakpoints must rise with the source value</translation>
    </message>
    <message>
        <source>cần ít nhất hai điểm gãy hoặc scale</source>
        <translation>expected at least two breakpoints or a scale</translation>
    </message>
    <message>
        <source>cần received, resolved_rate hoặc overdue</source>
        <translation>expected received, resolved_rate or overdue</translation>
    </message>
    <message>
        <source>cần một ngày dạng YYYY-MM-DD</source>
        <translation>expected a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>thiếu cấu hình cho chỉ tiêu %1</source>
        <translation>no settings for indicator %1</translation>
    </message>
    <message>
        <source>mô hình cumulative cần chỉ tiêu theo ngày</source>
        <translation>the cumulative model needs a daily indicator</translation>
    </message>
    <message>
        <source>chỉ tiêu nguồn "%1" cần có trong danh mục, có cấu hình và không phải derived</source>
        <translation>source indicator "%1" must be in the catalog, have settings and not be derived</translation>
    </message>
    <message>
        <source>chỉ tiêu nguồn phải cùng kỳ và cùng phạm vi</source>
        <translation>the source indicator must have the same period and scope</translation>
    </message>
    <message>
        <source>chỉ tiêu nguồn không có target</source>
        <translation>the source indicator has no target</translation>
    </message>
    <message>
        <source>cần một mảng %1 số</source>
        <translation>expected an array of %1 numbers</translation>
    </message>
    <message>
        <source>cần một mảng số</source>
        <translation>expected an array of numbers</translation>
    </message>
    <message>
        <source>cần một cặp số [a, b]</source>
        <translation>expected a pair of numbers [a, b]</translation>
    </message>
    <message>
        <source>cần [thấp, cao] với 0 ≤ thấp ≤ cao ≤ %1</source>
        <translation>expected [low, high] with 0 ≤ low ≤ high ≤ %1</translation>
    </message>
    <message>
        <source>không có cơ quan mã "%1"</source>
        <translation>there is no agency with code "%1"</translation>
    </message>
    <message>
        <source>nhóm "%1" chưa có tiêu đề mẫu</source>
        <translation>category "%1" has no title templates</translation>
    </message>
    <message>
        <source>thiếu địa điểm cho %1</source>
        <translation>no places for %1</translation>
    </message>
    <message>
        <source>cần ít nhất một địa điểm</source>
        <translation>expected at least one place</translation>
    </message>
</context>
<context>
    <name>iocwall-sim</name>
    <message>
        <source>--port cần một số từ 0 đến 65535</source>
        <translation>--port expects a number from 0 to 65535</translation>
    </message>
    <message>
        <source>--seed cần một số nguyên không âm</source>
        <translation>--seed expects a non-negative whole number</translation>
    </message>
    <message>
        <source>--now cần một thời điểm ISO 8601, ví dụ 2026-11-25T08:30:00+07:00</source>
        <translation>--now expects an ISO 8601 time, e.g. 2026-11-25T08:30:00+07:00</translation>
    </message>
    <message>
        <source>Bộ mô phỏng IOC: phục vụ API của IOC tỉnh và IOC thị xã từ dữ liệu mẫu.</source>
        <translation>IOC simulator: serves the province and town IOC APIs from demo data.</translation>
    </message>
    <message>
        <source>Cổng lắng nghe trên 127.0.0.1 (0: cổng trống bất kỳ).</source>
        <translation>Port to listen on at 127.0.0.1 (0: any free port).</translation>
    </message>
    <message>
        <source>Hạt giống của dữ liệu sinh ra (mặc định 2026).</source>
        <translation>Seed of the generated data (default 2026).</translation>
    </message>
    <message>
        <source>Đóng băng đồng hồ ở thời điểm ISO 8601 này.</source>
        <translation>Freeze the clock at this ISO 8601 time.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu thay cho dữ liệu cài sẵn (:/data).</source>
        <translation>Data folder to use instead of the built-in data (:/data).</translation>
    </message>
    <message>
        <source>Token của API tỉnh (hoặc biến môi trường IOCWALL_SIM_PROVINCE_TOKEN).</source>
        <translation>Token of the province API (or the environment variable IOCWALL_SIM_PROVINCE_TOKEN).</translation>
    </message>
    <message>
        <source>Token của API thị xã (hoặc biến môi trường IOCWALL_SIM_TOWN_TOKEN).</source>
        <translation>Token of the town API (or the environment variable IOCWALL_SIM_TOWN_TOKEN).</translation>
    </message>
</context>
<context>
    <name>iocwall::Connector</name>
    <message>
        <source>chưa có bí mật "%1" cho nguồn %2 (đặt biến môi trường %3)</source>
        <translation>no secret "%1" for source %2 (set the environment variable %3)</translation>
    </message>
    <message>
        <source>hết thời gian chờ khi gọi %1</source>
        <translation>timed out calling %1</translation>
    </message>
    <message>
        <source>máy chủ từ chối quyền truy cập (HTTP %1) ở %2: kiểm tra mã truy cập</source>
        <translation>the server refused access (HTTP %1) at %2: check the access token</translation>
    </message>
    <message>
        <source>máy chủ trả lỗi HTTP %1 ở %2</source>
        <translation>the server answered HTTP %1 at %2</translation>
    </message>
    <message>
        <source>không kết nối được tới %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
</context>
<context>
    <name>iocwall::Hub</name>
    <message>
        <source>không có bộ kết nối loại "%1" (nguồn %2)</source>
        <translation>there is no connector of type "%1" (source %2)</translation>
    </message>
</context>
<context>
    <name>iocwall::IocApiConnector</name>
    <message>
        <source>mất kết nối mạng nội bộ của bộ thu thập</source>
        <translation>the collector lost its network manager</translation>
    </message>
    <message>
        <source>danh mục chỉ tiêu: %1</source>
        <translation>indicator catalog: %1</translation>
    </message>
    <message>
        <source>danh mục địa bàn: %1</source>
        <translation>area list: %1</translation>
    </message>
    <message>
        <source>số liệu chỉ tiêu %1: %2</source>
        <translation>values of indicator %1: %2</translation>
    </message>
    <message>
        <source>phản ánh: %1</source>
        <translation>reports: %1</translation>
    </message>
    <message>
        <source>phản hồi không phải JSON hợp lệ (vị trí %1: %2)</source>
        <translation>the response is not valid JSON (offset %1: %2)</translation>
    </message>
    <message>
        <source>phản hồi thiếu mảng "data"</source>
        <translation>the response has no "data" array</translation>
    </message>
    <message>
        <source>chỉ tiêu thứ %1 thiếu "code"</source>
        <translation>indicator number %1 has no "code"</translation>
    </message>
    <message>
        <source>giá trị thứ %1 của chỉ tiêu %2 không hợp lệ (cần area, time ISO 8601 và value là số)</source>
        <translation>value number %1 of indicator %2 is invalid (expected area, an ISO 8601 time and a numeric value)</translation>
    </message>
</context>
<context>
    <name>iocwall::KpiTile</name>
    <message>
        <source>%1 %2 so với kỳ trước</source>
        <translation>%1 %2 vs previous period</translation>
    </message>
    <message>
        <source>Mục tiêu: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>Giờ trước: %1</source>
        <translation>Previous hour: %1</translation>
    </message>
    <message>
        <source>Tháng trước: %1</source>
        <translation>Last month: %1</translation>
    </message>
    <message>
        <source>Hôm qua: %1</source>
        <translation>Yesterday: %1</translation>
    </message>
    <message>
        <source>%1 %2 so với giờ trước</source>
        <translation>%1 %2 vs previous hour</translation>
    </message>
    <message>
        <source>%1 %2 so với tháng trước</source>
        <translation>%1 %2 vs last month</translation>
    </message>
    <message>
        <source>%1 %2 so với hôm qua</source>
        <translation>%1 %2 vs yesterday</translation>
    </message>
</context>
<context>
    <name>iocwall::LineChartTile</name>
    <message>
        <source>Mục tiêu</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>iocwall::SimServer</name>
    <message>
        <source>%1 không phải thời điểm ISO 8601: "%2"</source>
        <translation>%1 is not an ISO 8601 time: "%2"</translation>
    </message>
    <message>
        <source>from phải trước to</source>
        <translation>from must come before to</translation>
    </message>
    <message>
        <source>khoảng thời gian dài quá %1 ngày</source>
        <translation>the time range is longer than %1 days</translation>
    </message>
    <message>
        <source>Dữ liệu mô phỏng có lỗi:
%1</source>
        <translation>The simulator data has errors:
%1</translation>
    </message>
    <message>
        <source>Không mở được cổng %1 trên 127.0.0.1: %2</source>
        <translation>Cannot open port %1 on 127.0.0.1: %2</translation>
    </message>
    <message>
        <source>chỉ hỗ trợ GET</source>
        <translation>only GET is supported</translation>
    </message>
    <message>
        <source>không có đường dẫn %1</source>
        <translation>there is no path %1</translation>
    </message>
    <message>
        <source>cần tiêu đề Authorization: Bearer &lt;token&gt; của API này</source>
        <translation>expected the header Authorization: Bearer &lt;token&gt; of this API</translation>
    </message>
    <message>
        <source>thiếu tham số indicator</source>
        <translation>the indicator parameter is missing</translation>
    </message>
    <message>
        <source>API này không có chỉ tiêu %1</source>
        <translation>this API has no indicator %1</translation>
    </message>
    <message>
        <source>không có địa bàn %1</source>
        <translation>there is no area %1</translation>
    </message>
    <message>
        <source>status cần là một trong %1</source>
        <translation>status must be one of %1</translation>
    </message>
    <message>
        <source>Bộ mô phỏng đã chạy trên cổng %1</source>
        <translation>The simulator is running on port %1</translation>
    </message>
</context>
<context>
    <name>iocwall::StoreWriter</name>
    <message>
        <source>ghi bộ nhớ đệm thất bại: %1</source>
        <translation>writing the cache failed: %1</translation>
    </message>
</context>
<context>
    <name>iocwall::TileItem</name>
    <message>
        <source>Dữ liệu cũ – cập nhật lúc %1</source>
        <translation>Stale data – updated at %1</translation>
    </message>
    <message>
        <source>Cập nhật %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Cập nhật %1 · %2</source>
        <translation>Updated %1 · %2</translation>
    </message>
    <message>
        <source>Lỗi đọc dữ liệu</source>
        <translation>Data read error</translation>
    </message>
    <message>
        <source>Chưa có dữ liệu</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>iocwall::WallApplication</name>
    <message>
        <source>Lỗi cấu hình: %1</source>
        <translation>Configuration error: %1</translation>
    </message>
    <message>
        <source>Không có cảnh "%1"; các cảnh có: %2</source>
        <translation>There is no scene "%1"; the scenes are: %2</translation>
    </message>
    <message>
        <source>Không mở được bộ nhớ đệm %1: %2</source>
        <translation>Cannot open the cache %1: %2</translation>
    </message>
    <message>
        <source>Không khởi động được bộ mô phỏng IOC: %1</source>
        <translation>Cannot start the IOC simulator: %1</translation>
    </message>
    <message>
        <source>iocwall – %1</source>
        <translation>iocwall – %1</translation>
    </message>
    <message>
        <source>Sau %1 giây vẫn chưa đủ dữ liệu; chụp với những gì đang có.</source>
        <translation>Data still incomplete after %1 seconds; taking the screenshot with what there is.</translation>
    </message>
    <message>
        <source>Không ghi được ảnh chụp %1</source>
        <translation>Cannot write the screenshot %1</translation>
    </message>
</context>
<context>
    <name>iocwall::WallController</name>
    <message>
        <source>Giữ cảnh cũ vì tệp cảnh lỗi: %1</source>
        <translation>Keeping the previous scene because the scene file has errors: %1</translation>
    </message>
</context>
</TS>