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
    <name>CacheText</name>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Tệp: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Dung lượng: %1 MB</source>
        <translation>Size: %1 MB</translation>
    </message>
    <message>
        <source>Phiên bản lược đồ: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Địa bàn</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Bản sửa số liệu</source>
        <translation>Corrected values (revisions)</translation>
    </message>
    <message>
        <source>Phản ánh</source>
        <translation>Citizen reports</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Số liệu cũ nhất: %1</source>
        <translation>Oldest observation: %1</translation>
    </message>
    <message>
        <source>Số liệu mới nhất: %1</source>
        <translation>Newest observation: %1</translation>
    </message>
    <message>
        <source>tốt</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>lỗi: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Nguồn %1: lần thành công cuối %2; %3</source>
        <translation>Source %1: last success %2; %3</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>không thu gọn được bộ nhớ đệm (có thể tường đang ghi): %1</source>
        <translation>could not compact the cache (the wall may be writing): %1</translation>
    </message>
    <message>
        <source>Đã gộp %1 số liệu thô, xoá %2 bản sửa cũ; dung lượng %3 MB → %4 MB</source>
        <translation>Rolled up %1 raw values, removed %2 old revisions; size %3 MB → %4 MB</translation>
    </message>
    <message>
        <source>cần --indicator ID --from NGÀY --to NGÀY (ngày dạng 2026-11-01 hoặc 01/11/2026)</source>
        <translation>needs --indicator ID --from DATE --to DATE (dates as 2026-11-01 or 01/11/2026)</translation>
    </message>
    <message>
        <source>%1 dòng</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>Thư mục chứa bộ nhớ đệm.</source>
        <translation>Folder of the cache.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu cần xuất.</source>
        <translation>Indicator code to export.</translation>
    </message>
    <message>
        <source>Chỉ xuất địa bàn này.</source>
        <translation>Export only this area.</translation>
    </message>
    <message>
        <source>Từ ngày.</source>
        <translation>From this date.</translation>
    </message>
    <message>
        <source>Đến hết ngày.</source>
        <translation>Up to and including this date.</translation>
    </message>
    <message>
        <source>Tên cột tiếng Việt.</source>
        <translation>Vietnamese column names.</translation>
    </message>
    <message>
        <source>cần một việc: stats, vacuum hoặc export</source>
        <translation>one action is needed: stats, vacuum or export</translation>
    </message>
    <message>
        <source>việc không rõ: "%1"; cần stats, vacuum hoặc export</source>
        <translation>unknown action "%1"; expected stats, vacuum or export</translation>
    </message>
    <message>
        <source>không có bộ nhớ đệm ở %1</source>
        <translation>there is no cache at %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>loại nguồn "%1" không có; các loại có: %2</source>
        <translation>no source type "%1"; available types: %2</translation>
    </message>
    <message>
        <source>chưa kiểm tra được: wall.json phải đúng trước</source>
        <translation>not checked: wall.json must be valid first</translation>
    </message>
    <message>
        <source>cách dùng: iocwall-cli check CONFIGDIR</source>
        <translation>usage: iocwall-cli check CONFIGDIR</translation>
    </message>
    <message>
        <source>không có thư mục %1</source>
        <translation>no such folder %1</translation>
    </message>
    <message>
        <source>cấu hình hợp lệ: %1</source>
        <translation>configuration is valid: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vấn đề</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldReader</name>
    <message>
        <source>cần một địa chỉ http:// hoặc https:// hợp lệ, nhưng có "%1"</source>
        <translation>expected a valid http:// or https:// address, found "%1"</translation>
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
        <translation>expected a string, but got %1</translation>
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
    <message>
        <source>cần none, api_key, bearer, basic hoặc oauth2, nhưng có "%1"</source>
        <translation>expected none, api_key, bearer, basic or oauth2, but got "%1"</translation>
    </message>
    <message>
        <source>không ghi bí mật vào tệp cấu hình; dùng "secret" để đặt tên bí mật (lưu trong kho khóa hoặc biến môi trường)</source>
        <translation>do not put secrets in a config file; use "secret" to name one (kept in the keychain or an environment variable)</translation>
    </message>
    <message>
        <source>cần basic hoặc body, nhưng có "%1"</source>
        <translation>expected basic or body, but got "%1"</translation>
    </message>
    <message>
        <source>không thể tắt kiểm tra chứng chỉ TLS; nếu máy chủ dùng CA riêng (PKI của tỉnh), khai báo tệp CA bằng "ca_bundle"</source>
        <translation>TLS certificate verification cannot be turned off; if the server uses its own CA (the provincial PKI), name the CA file with "ca_bundle"</translation>
    </message>
    <message>
        <source>trường không được hỗ trợ; chỉ có "ca_bundle"</source>
        <translation>unsupported field; only "ca_bundle" exists</translation>
    </message>
    <message>
        <source>không có tệp CA "%1"</source>
        <translation>no CA file "%1"</translation>
    </message>
    <message>
        <source>tệp "%1" không chứa chứng chỉ PEM nào</source>
        <translation>file "%1" contains no PEM certificate</translation>
    </message>
    <message>
        <source>cần hour, day, week hoặc month, nhưng có "%1"</source>
        <translation>expected hour, day, week or month, found "%1"</translation>
    </message>
    <message>
        <source>cần lớn hơn hoặc bằng raw_days (%1)</source>
        <translation>expected at least raw_days (%1)</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>[tốt]</source>
        <translation>[ok]</translation>
    </message>
    <message>
        <source>[LỖI]</source>
        <translation>[ERROR]</translation>
    </message>
    <message>
        <source>Lần thành công gần nhất: %1</source>
        <translation>Last success: %1</translation>
    </message>
    <message>
        <source>Lỗi gần nhất (%1): %2</source>
        <translation>Last error (%1): %2</translation>
    </message>
    <message>
        <source>Thời gian trả lời: %1 ms</source>
        <translation>Response time: %1 ms</translation>
    </message>
    <message>
        <source>Bản ghi trong lần lấy gần nhất: %1</source>
        <translation>Records in the last poll: %1</translation>
    </message>
    <message>
        <source>Lần lấy tiếp theo: %1</source>
        <translation>Next poll: %1</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu chứa cache.sqlite.</source>
        <translation>Data folder holding cache.sqlite.</translation>
    </message>
    <message>
        <source>Mỗi nguồn một dòng JSON, cho máy đọc.</source>
        <translation>One JSON line per source, for machines.</translation>
    </message>
    <message>
        <source>không hiểu "%1"</source>
        <translation>not understood: "%1"</translation>
    </message>
    <message>
        <source>Cách dùng: iocwall-cli health [--data-dir DIR] [--json]</source>
        <translation>Usage: iocwall-cli health [--data-dir DIR] [--json]</translation>
    </message>
    <message>
        <source>không có bộ nhớ đệm ở %1 (tường chưa chạy lần nào, hoặc cần --data-dir)</source>
        <translation>no cache at %1 (the wall has never run, or --data-dir is needed)</translation>
    </message>
    <message>
        <source>không đọc được bảng tình trạng nguồn trong %1: %2</source>
        <translation>could not read the source health table in %1: %2</translation>
    </message>
    <message>
        <source>Chưa có nguồn dữ liệu nào được ghi nhận.</source>
        <translation>No data source recorded yet.</translation>
    </message>
</context>
<context>
    <name>JsonMapping</name>
    <message>
        <source>trường không có ở đây; các trường có: %1</source>
        <translation>field not allowed here; allowed fields: %1</translation>
    </message>
    <message>
        <source>không có giá trị</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>cần một chuỗi, nhưng có %1</source>
        <translation>expected a string, but got %1</translation>
    </message>
    <message>
        <source>chuỗi rỗng</source>
        <translation>empty string</translation>
    </message>
    <message>
        <source>không đọc được thời điểm từ %1 (cần ISO 8601, giây hoặc mili giây epoch, hay dd/MM/yyyy [HH:mm])</source>
        <translation>cannot read a time from %1 (expected ISO 8601, epoch seconds or milliseconds, or dd/MM/yyyy [HH:mm])</translation>
    </message>
    <message>
        <source>cần một số hữu hạn, nhưng có %1</source>
        <translation>expected a finite number, but got %1</translation>
    </message>
    <message>
        <source>tải về không có dạng đã cấu hình ở %1: %2</source>
        <translation>the payload does not have the configured shape at %1: %2</translation>
    </message>
    <message>
        <source>bản ghi %1, trường "%2": %3</source>
        <translation>record %1, field "%2": %3</translation>
    </message>
    <message>
        <source>%1/%2 bản ghi không đọc được</source>
        <translation>%1/%2 records could not be read</translation>
    </message>
    <message>
        <source>… và %1 lỗi khác</source>
        <translation>… and %1 more errors</translation>
    </message>
    <message>
        <source>thiếu trường bắt buộc; cần một chuỗi mẫu như "{%1}"</source>
        <translation>required field missing; expected a template such as "{%1}"</translation>
    </message>
    <message>
        <source>dùng "value" hoặc "values", không cả hai</source>
        <translation>use "value" or "values", not both</translation>
    </message>
    <message>
        <source>cần ít nhất một giá trị</source>
        <translation>at least one value is needed</translation>
    </message>
    <message>
        <source>cần một đối tượng {"indicator", "value", "unit"}, nhưng có %1</source>
        <translation>expected an object {"indicator", "value", "unit"}, but got %1</translation>
    </message>
    <message>
        <source>thiếu trường bắt buộc; cần một chuỗi mẫu như "{pm25}"</source>
        <translation>required field missing; expected a template such as "{pm25}"</translation>
    </message>
    <message>
        <source>thiếu mã chỉ tiêu (ở đây hoặc ở "%1")</source>
        <translation>indicator code missing (here or at "%1")</translation>
    </message>
    <message>
        <source>thiếu trường bắt buộc; cần "value" (một chuỗi mẫu như "{value}") hoặc "values"</source>
        <translation>required field missing; expected "value" (a template such as "{value}") or "values"</translation>
    </message>
    <message>
        <source>thiếu trường bắt buộc; cần mã chỉ tiêu, hằng hoặc mẫu như "{$/indicator}"</source>
        <translation>required field missing; expected an indicator code, a constant or a template such as "{$/indicator}"</translation>
    </message>
    <message>
        <source>vĩ độ phải từ -90 đến 90</source>
        <translation>latitude must be between -90 and 90</translation>
    </message>
    <message>
        <source>kinh độ phải từ -180 đến 180</source>
        <translation>longitude must be between -180 and 180</translation>
    </message>
    <message>
        <source>phản hồi rỗng</source>
        <translation>empty response</translation>
    </message>
    <message>
        <source>phản hồi không phải JSON hợp lệ (byte %1: %2)</source>
        <translation>the response is not valid JSON (byte %1: %2)</translation>
    </message>
</context>
<context>
    <name>JsonPlanReader</name>
    <message>
        <source>biến {%1} không có; các biến có: %2</source>
        <translation>no variable {%1}; variables available: %2</translation>
    </message>
    <message>
        <source>cần page, offset, cursor hoặc next_link, nhưng có "%1"</source>
        <translation>expected page, offset, cursor or next_link, but got "%1"</translation>
    </message>
    <message>
        <source>không dùng "*" ở đây</source>
        <translation>"*" is not allowed here</translation>
    </message>
    <message>
        <source>trường không có ở đây; các trường có: type, param, size_param, size, start, max_pages, next</source>
        <translation>field not allowed here; allowed fields: type, param, size_param, size, start, max_pages, next</translation>
    </message>
    <message>
        <source>trường không có ở đây; các trường có: %1</source>
        <translation>field not allowed here; allowed fields: %1</translation>
    </message>
    <message>
        <source>cần đúng một biến, ví dụ {"indicator": ["env.aqi"]}</source>
        <translation>expected exactly one variable, e.g. {"indicator": ["env.aqi"]}</translation>
    </message>
    <message>
        <source>cần một trong %1, nhưng có "%2"</source>
        <translation>expected one of %1, found "%2"</translation>
    </message>
    <message>
        <source>cần bắt đầu bằng "/"</source>
        <translation>must start with "/"</translation>
    </message>
    <message>
        <source>cần "observations" hoặc "reports" (hoặc cả hai) để biết đọc gì từ phản hồi</source>
        <translation>"observations" or "reports" (or both) is needed to know what to read from the response</translation>
    </message>
    <message>
        <source>cần độ lệch như "+07:00", "UTC" hoặc tên múi giờ như "Asia/Ho_Chi_Minh", nhưng có "%1"</source>
        <translation>expected an offset such as "+07:00", "UTC" or a zone name such as "Asia/Ho_Chi_Minh", but got "%1"</translation>
    </message>
    <message>
        <source>cần ít nhất một yêu cầu</source>
        <translation>at least one request is needed</translation>
    </message>
    <message>
        <source>cần một đối tượng yêu cầu, nhưng có %1</source>
        <translation>expected a request object, but got %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceText</name>
    <message>
        <source>bảo trì bộ nhớ đệm: %1</source>
        <translation>cache maintenance: %1</translation>
    </message>
    <message>
        <source>bảo trì bộ nhớ đệm thất bại: %1</source>
        <translation>cache maintenance failed: %1</translation>
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
    <name>Pattern</name>
    <message>
        <source>không có gì</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>một đối tượng (các khóa: %1)</source>
        <translation>an object (keys: %1)</translation>
    </message>
    <message>
        <source>cần một mảng, nhưng có %1</source>
        <translation>expected an array, but got %1</translation>
    </message>
    <message>
        <source>không có trường này</source>
        <translation>no such field</translation>
    </message>
    <message>
        <source>cần một đối tượng hoặc mảng ở đây, nhưng có %1</source>
        <translation>expected an object or array here, but got %1</translation>
    </message>
    <message>
        <source>con trỏ JSON phải bắt đầu bằng "/" (ví dụ "/data/*"), nhưng có "%1"</source>
        <translation>a JSON Pointer must start with "/" (e.g. "/data/*"), but got "%1"</translation>
    </message>
    <message>
        <source>"~" trong con trỏ JSON chỉ được theo sau bởi 0 hoặc 1: "%1"</source>
        <translation>"~" in a JSON Pointer may only be followed by 0 or 1: "%1"</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>--request cần số thứ tự yêu cầu (từ 0)</source>
        <translation>--request needs a request number (from 0)</translation>
    </message>
    <message>
        <source>%1 cần dạng TÊN=GIÁ_TRỊ</source>
        <translation>%1 needs the form NAME=VALUE</translation>
    </message>
    <message>
        <source>tham số không rõ hoặc thiếu giá trị: "%1"</source>
        <translation>unknown option or missing value: "%1"</translation>
    </message>
    <message>
        <source>cần tệp nguồn: iocwall-cli probe SOURCE.json [--file PAYLOAD]</source>
        <translation>a source file is needed: iocwall-cli probe SOURCE.json [--file PAYLOAD]</translation>
    </message>
    <message>
        <source>không hỗ trợ --file cho loại %1 (chỉ loại json)</source>
        <translation>--file is not supported for type %1 (json only)</translation>
    </message>
    <message>
        <source>nguồn chỉ có %1 yêu cầu (--request từ 0)</source>
        <translation>the source has only %1 requests (--request counts from 0)</translation>
    </message>
    <message>
        <source>không mở được %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>loại nguồn "%1" không có; các loại có: %2</source>
        <translation>no source type "%1"; available types: %2</translation>
    </message>
    <message>
        <source>%1 quan trắc, %2 phản ánh</source>
        <translation>%1 observations, %2 reports</translation>
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
    <name>SimFaults</name>
    <message>
        <source>không có kiểu lỗi "%1"; có: %2</source>
        <translation>no fault kind "%1"; available: %2</translation>
    </message>
    <message>
        <source>tham số "%1" không hợp lệ cho kiểu lỗi %2</source>
        <translation>invalid argument "%1" for fault kind %2</translation>
    </message>
</context>
<context>
    <name>ValueExpr</name>
    <message>
        <source>dấu "}" thừa ở vị trí %1 (viết "}}" cho dấu ngoặc thường)</source>
        <translation>stray "}" at position %1 (write "}}" for a literal brace)</translation>
    </message>
    <message>
        <source>thiếu dấu "}" đóng cho "{" ở vị trí %1</source>
        <translation>missing closing "}" for the "{" at position %1</translation>
    </message>
    <message>
        <source>biến "%1" không có; các biến có: %2</source>
        <translation>no variable "%1"; variables available: %2</translation>
    </message>
    <message>
        <source>"*" chỉ dùng trong "records", không dùng trong trường "{%1}"</source>
        <translation>"*" is only for "records", not in field "{%1}"</translation>
    </message>
    <message>
        <source>cần một chuỗi mẫu như "{status}", nhưng có %1</source>
        <translation>expected a template such as "{status}", but got %1</translation>
    </message>
    <message>
        <source>trường không có ở đây; cần "from", "map" hoặc "default"</source>
        <translation>field not allowed here; expected "from", "map" or "default"</translation>
    </message>
    <message>
        <source>cần một hằng, một chuỗi mẫu như "{value}" hoặc một đối tượng {"from", "map"}, nhưng có %1</source>
        <translation>expected a constant, a template such as "{value}" or an object {"from", "map"}, but got %1</translation>
    </message>
    <message>
        <source>"{%1}" lên quá gốc tài liệu</source>
        <translation>"{%1}" goes above the document root</translation>
    </message>
    <message>
        <source>không có "{%1}"</source>
        <translation>"{%1}" is missing</translation>
    </message>
    <message>
        <source>"{%1}" là null</source>
        <translation>"{%1}" is null</translation>
    </message>
    <message>
        <source>"{%1}" là %2, không ghép vào chuỗi được</source>
        <translation>"{%1}" is %2 and cannot be put into text</translation>
    </message>
</context>
<context>
    <name>iocwall-cli</name>
    <message>
        <source>lệnh không rõ: "%1"</source>
        <translation>unknown command: "%1"</translation>
    </message>
    <message>
        <source>Cách dùng:</source>
        <translation>Usage:</translation>
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
    <message>
        <source>Làm hỏng các đường dẫn bắt đầu bằng PREFIX theo kiểu KIND (lặp lại được), ví dụ /town/api/v1/areas=http:503. Kiểu: %1.</source>
        <translation>Make paths starting with PREFIX misbehave as KIND (repeatable), e.g. /town/api/v1/areas=http:503. Kinds: %1.</translation>
    </message>
    <message>
        <source>--fault cần PREFIX=KIND[:ARG], có "%1"%2</source>
        <translation>--fault needs PREFIX=KIND[:ARG], got "%1"%2</translation>
    </message>
</context>
<context>
    <name>iocwall::ClockTile</name>
    <message>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ Nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Weekday and date on the wall clock: "Thứ Tư, 25/11/2026"</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>iocwall::Connector</name>
    <message>
        <source>nguồn %1: mất kết nối mạng nội bộ của bộ thu thập</source>
        <translation>source %1: the collector lost its network manager</translation>
    </message>
    <message>
        <source>chưa có bí mật "%1" cho nguồn %2 (lưu trong kho khóa của hệ thống, dịch vụ "iocwall", hoặc đặt biến môi trường %3)</source>
        <translation>no secret "%1" for source %2 (store it in the system keychain, service "iocwall", or set the environment variable %3)</translation>
    </message>
    <message>
        <source>nguồn %1, %2</source>
        <translation>source %1, %2</translation>
    </message>
    <message>
        <source>%1: phản hồi lớn hơn giới hạn %2 MB (max_response_mb), không đọc</source>
        <translation>%1: the response is larger than the %2 MB limit (max_response_mb); not read</translation>
    </message>
    <message>
        <source>%1: máy chủ trả lời quá chậm, chưa xong sau %2 giây (max_request_s)</source>
        <translation>%1: the server answers too slowly, not finished after %2 s (max_request_s)</translation>
    </message>
    <message>
        <source>%1: hết thời gian chờ (%2 giây không nhận được dữ liệu)</source>
        <translation>%1: timed out (no data for %2 s)</translation>
    </message>
    <message>
        <source>%1: máy chủ chuyển hướng vòng quanh hoặc sang địa chỉ kém an toàn hơn (%2)</source>
        <translation>%1: the server redirects in a loop or to a less secure address (%2)</translation>
    </message>
    <message>
        <source>%1: không xác minh được chứng chỉ TLS của %2 (%3); nếu máy chủ dùng CA riêng, khai báo tệp CA ở "tls": {"ca_bundle": ...}</source>
        <translation>%1: could not verify the TLS certificate of %2 (%3); if the server uses its own CA, name the CA file in "tls": {"ca_bundle": ...}</translation>
    </message>
    <message>
        <source>%1: máy chủ từ chối quyền truy cập (HTTP %2): kiểm tra mã truy cập hoặc tài khoản%3</source>
        <translation>%1: the server refused access (HTTP %2): check the token or account%3</translation>
    </message>
    <message>
        <source>%1: máy chủ trả lỗi HTTP %2%3</source>
        <translation>%1: the server returned HTTP %2%3</translation>
    </message>
    <message>
        <source>%1: máy chủ chuyển hướng (HTTP %2) mà không cho địa chỉ dùng được</source>
        <translation>%1: the server redirected (HTTP %2) without a usable address</translation>
    </message>
    <message>
        <source>%1: không kết nối được tới %2: %3</source>
        <translation>%1: could not connect to %2: %3</translation>
    </message>
    <message>
        <source>%1: lỗi mạng khi nhận dữ liệu: %2</source>
        <translation>%1: network error while receiving data: %2</translation>
    </message>
    <message>
        <source>mất kết nối mạng nội bộ của bộ thu thập</source>
        <translation>the collector lost its network manager</translation>
    </message>
    <message>
        <source>phản hồi rỗng (cần JSON)</source>
        <translation>empty response (JSON expected)</translation>
    </message>
    <message>
        <source>phản hồi không phải JSON hợp lệ (byte %1 trên %2: %3)</source>
        <translation>the response is not valid JSON (byte %1 of %2: %3)</translation>
    </message>
    <message>
        <source>cần ít nhất một ánh xạ tới mã chỉ tiêu</source>
        <translation>at least one mapping to an indicator code is needed</translation>
    </message>
    <message>
        <source>cần mã chỉ tiêu (chuỗi) hoặc đối tượng {"indicator", "unit"}, nhưng có %1</source>
        <translation>expected an indicator code (string) or an object {"indicator", "unit"}, but got %1</translation>
    </message>
    <message>
        <source>nguồn %1: máy chủ cấp mã OAuth2 ở %2 chuyển hướng (HTTP %3); cần địa chỉ token_url trực tiếp</source>
        <translation>source %1: the OAuth2 token server at %2 redirects (HTTP %3); token_url must be the direct address</translation>
    </message>
    <message>
        <source>nguồn %1: không lấy được mã truy cập OAuth2 từ %2: %3%4</source>
        <translation>source %1: could not get an OAuth2 access token from %2: %3%4</translation>
    </message>
    <message>
        <source>nguồn %1: phản hồi của máy chủ cấp mã OAuth2 (%2) không có access_token kiểu Bearer</source>
        <translation>source %1: the OAuth2 token server's answer (%2) has no Bearer access_token</translation>
    </message>
</context>
<context>
    <name>iocwall::CsvConnector</name>
    <message>
        <source>cần tên cột, số thứ tự cột (từ 0) hoặc {"const": "..."}, nhưng có %1</source>
        <translation>expected a column name, a column index (from 0) or {"const": "..."}, but got %1</translation>
    </message>
    <message>
        <source>cần "csv" hoặc "ckan", nhưng có "%1"</source>
        <translation>expected "csv" or "ckan", but got "%1"</translation>
    </message>
    <message>
        <source>cần một ký tự (",", ";", "\t") hoặc "auto", nhưng có "%1"</source>
        <translation>expected one character (",", ";", "\t") or "auto", but got "%1"</translation>
    </message>
    <message>
        <source>thiếu cột giá trị</source>
        <translation>the value column is missing</translation>
    </message>
    <message>
        <source>thiếu trường bắt buộc; cần tên cột, số thứ tự cột hoặc {"const": "..."}</source>
        <translation>required field missing; expected a column name, a column index or {"const": "..."}</translation>
    </message>
    <message>
        <source>không mở được tệp %1: %2</source>
        <translation>cannot open file %1: %2</translation>
    </message>
    <message>
        <source>không có giá trị nào dùng được (%1 bị bỏ qua): %2</source>
        <translation>no usable values (%1 skipped): %2</translation>
    </message>
    <message>
        <source>dòng %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>tệp không phải UTF-8 (dòng %1): hãy xuất lại với mã hóa UTF-8</source>
        <translation>the file is not UTF-8 (line %1): export it again as UTF-8</translation>
    </message>
    <message>
        <source>dấu ngoặc kép mở ở dòng %1 không được đóng (tệp bị cắt?)</source>
        <translation>the quote opened on line %1 is never closed (truncated file?)</translation>
    </message>
    <message>
        <source>không có cột %1; các cột đọc được: %2</source>
        <translation>there is no column %1; the columns read are: %2</translation>
    </message>
    <message>
        <source>thiếu cột %1 (dòng chỉ có %2 cột)</source>
        <translation>column %1 is missing (the line has only %2 columns)</translation>
    </message>
    <message>
        <source>cột %1: "%2" không phải số</source>
        <translation>column %1: "%2" is not a number</translation>
    </message>
    <message>
        <source>cột %1: "%2" không phải thời điểm</source>
        <translation>column %1: "%2" is not a time</translation>
    </message>
    <message>
        <source>thiếu mã chỉ tiêu hoặc địa bàn</source>
        <translation>indicator code or area missing</translation>
    </message>
    <message>
        <source>cần phản hồi datastore_search của CKAN ({"success": true, "result": {...}}), nhưng có %1</source>
        <translation>expected a CKAN datastore_search response ({"success": true, "result": {...}}), but got %1</translation>
    </message>
    <message>
        <source>một mảng</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>CKAN báo lỗi: %1 %2</source>
        <translation>CKAN reported an error: %1 %2</translation>
    </message>
    <message>
        <source>kết quả CKAN thiếu mảng "records"</source>
        <translation>the CKAN result lacks a "records" array</translation>
    </message>
</context>
<context>
    <name>iocwall::GaugeTile</name>
    <message>
        <source>Mục tiêu: %1</source>
        <translation>Target: %1</translation>
    </message>
</context>
<context>
    <name>iocwall::HealthTile</name>
    <message>
        <source>Lỗi – cập nhật lần cuối %1</source>
        <translation>Failing – last updated %1</translation>
    </message>
    <message>
        <source>Chưa kết nối được</source>
        <translation>Not connected yet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
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
        <source>phản hồi không phải JSON hợp lệ (vị trí %1: %2)</source>
        <translation>the response is not valid JSON (offset %1: %2)</translation>
    </message>
    <message>
        <source>; NaN và Infinity không phải số JSON</source>
        <translation>; NaN and Infinity are not JSON numbers</translation>
    </message>
    <message>
        <source>phản hồi là một mảng, cần một đối tượng có mảng "data"</source>
        <translation>the response is an array; expected an object with a "data" array</translation>
    </message>
    <message>
        <source>phản hồi thiếu mảng "data" (có các khóa: %1)</source>
        <translation>the response has no "data" array (keys present: %1)</translation>
    </message>
    <message>
        <source>"data" cần là một mảng, nhưng là %1</source>
        <translation>"data" must be an array, but is %1</translation>
    </message>
    <message>
        <source>phần tử thứ %1 của "data" cần là một đối tượng, nhưng là %2</source>
        <translation>element %1 of "data" must be an object, but is %2</translation>
    </message>
    <message>
        <source>danh mục rỗng: API không liệt kê chỉ tiêu nào</source>
        <translation>empty catalog: the API lists no indicators</translation>
    </message>
    <message>
        <source>chỉ tiêu thứ %1: "code" cần là chuỗi, nhưng là %2</source>
        <translation>indicator %1: "code" must be a string, but is %2</translation>
    </message>
    <message>
        <source>giá trị thứ %1 của chỉ tiêu %2 không hợp lệ (cần area, time ISO 8601 và value là số; có area %3, time %4, value %5)</source>
        <translation>value %1 of indicator %2 is invalid (needs area, an ISO 8601 time and a numeric value; got area %3, time %4, value %5)</translation>
    </message>
    <message>
        <source>nguồn %1: mất kết nối mạng nội bộ của bộ thu thập</source>
        <translation>source %1: the collector lost its network manager</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>danh mục chỉ tiêu</source>
        <translation>indicator catalog</translation>
    </message>
    <message>
        <source>máy chủ trả 304 khi chưa gửi danh mục lần nào</source>
        <translation>the server answered 304 before ever sending the catalog</translation>
    </message>
    <message>
        <source>danh mục địa bàn</source>
        <translation>area list</translation>
    </message>
    <message>
        <source>số liệu chỉ tiêu %1</source>
        <translation>values of indicator %1</translation>
    </message>
    <message>
        <source>phản ánh</source>
        <translation>citizen reports</translation>
    </message>
</context>
<context>
    <name>iocwall::JsonConnector</name>
    <message>
        <source>cấu hình ánh xạ JSON sai:
%1</source>
        <translation>The JSON mapping configuration is wrong:
%1</translation>
    </message>
    <message>
        <source>mất kết nối mạng nội bộ của bộ thu thập</source>
        <translation>the collector lost its network manager</translation>
    </message>
    <message>
        <source>%1: không bản ghi nào đọc được:
%2</source>
        <translation>%1: no record could be read:
%2</translation>
    </message>
    <message>
        <source>%1: dừng ở trang thứ %2 (giới hạn max_pages); dữ liệu có thể chưa đủ</source>
        <translation>%1: stopped at page %2 (max_pages limit); data may be incomplete</translation>
    </message>
    <message>
        <source>%1: máy chủ trả lại một trang đã đọc; dừng phân trang</source>
        <translation>%1: the server returned a page already read; paging stopped</translation>
    </message>
    <message>
        <source>%1: liên kết trang sau trỏ ra ngoài máy chủ của nguồn (%2); không gửi mã truy cập tới đó</source>
        <translation>%1: the next-page link leaves the source's server (%2); credentials are not sent there</translation>
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
    <name>iocwall::NgsiConnector</name>
    <message>
        <source>cần một trong %1, nhưng có "%2"</source>
        <translation>expected one of %1, found "%2"</translation>
    </message>
    <message>
        <source>cần "area_attribute", "area_map" hoặc "area" để biết địa bàn của số liệu</source>
        <translation>"area_attribute", "area_map" or "area" is needed to know the area of the data</translation>
    </message>
    <message>
        <source>"timeseries" (QuantumLeap) chỉ dùng với flavor "v2"</source>
        <translation>"timeseries" (QuantumLeap) only works with flavor "v2"</translation>
    </message>
    <message>
        <source>"temporal" chỉ dùng với flavor "ld"</source>
        <translation>"temporal" only works with flavor "ld"</translation>
    </message>
    <message>
        <source>"temporalValues" chỉ dùng với mode "temporal"</source>
        <translation>"temporalValues" only works with mode "temporal"</translation>
    </message>
    <message>
        <source>cần loại thực thể (hoặc "entity_ids") cho cách truy vấn này</source>
        <translation>an entity type (or "entity_ids") is needed for this kind of query</translation>
    </message>
    <message>
        <source>không có giá trị nào dùng được (%1 bị bỏ qua): %2</source>
        <translation>no usable values (%1 skipped): %2</translation>
    </message>
    <message>
        <source>thực thể %1, thuộc tính %2: %3</source>
        <translation>entity %1, attribute %2: %3</translation>
    </message>
    <message>
        <source>giá trị không phải số hữu hạn (%1)</source>
        <translation>the value is not a finite number (%1)</translation>
    </message>
    <message>
        <source>không có thời điểm (observedAt, dateObserved, TimeInstant hay metadata)</source>
        <translation>no time (observedAt, dateObserved, TimeInstant or metadata)</translation>
    </message>
    <message>
        <source>không xác định được địa bàn</source>
        <translation>the area could not be determined</translation>
    </message>
    <message>
        <source>(không có id)</source>
        <translation>(no id)</translation>
    </message>
    <message>
        <source>cần cặp [giá trị, thời điểm], nhưng có %1</source>
        <translation>expected a [value, time] pair, but got %1</translation>
    </message>
    <message>
        <source>mảng giá trị rỗng</source>
        <translation>empty array of values</translation>
    </message>
    <message>
        <source>máy chủ NGSI báo lỗi %1: %2</source>
        <translation>the NGSI server reported error %1: %2</translation>
    </message>
    <message>
        <source>cần một mảng thực thể ở gốc phản hồi, nhưng có một đối tượng với các khóa: %1</source>
        <translation>expected an array of entities at the root of the response, but got an object with the keys: %1</translation>
    </message>
    <message>
        <source>thứ %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>cần một đối tượng thực thể, nhưng có %1</source>
        <translation>expected an entity object, but got %1</translation>
    </message>
    <message>
        <source>index có %1 thời điểm nhưng values có %2 giá trị</source>
        <translation>index has %1 times but values has %2 values</translation>
    </message>
    <message>
        <source>cần một đối tượng chuỗi thời gian (index, values) ở gốc phản hồi, nhưng có một mảng</source>
        <translation>expected a time-series object (index, values) at the root of the response, but got an array</translation>
    </message>
    <message>
        <source>chuỗi thời gian thiếu mảng "index" và "values" (hoặc "entities", "attributes")</source>
        <translation>the time series lacks the "index" and "values" arrays (or "entities", "attributes")</translation>
    </message>
</context>
<context>
    <name>iocwall::Open311Connector</name>
    <message>
        <source>cần "json" hoặc "xml", nhưng có "%1"</source>
        <translation>expected "json" or "xml", but got "%1"</translation>
    </message>
    <message>
        <source>cần "open" hoặc "closed", nhưng có "%1"</source>
        <translation>expected "open" or "closed", but got "%1"</translation>
    </message>
    <message>
        <source>danh sách dịch vụ: %1</source>
        <translation>service list: %1</translation>
    </message>
    <message>
        <source>yêu cầu dịch vụ: %1</source>
        <translation>service requests: %1</translation>
    </message>
    <message>
        <source>không có yêu cầu nào dùng được (%1 bị bỏ qua): %2</source>
        <translation>no usable requests (%1 skipped): %2</translation>
    </message>
    <message>
        <source>máy chủ Open311 báo lỗi: %1</source>
        <translation>the Open311 server reported an error: %1</translation>
    </message>
    <message>
        <source>phản hồi không phải XML hợp lệ (dòng %1, cột %2: %3)</source>
        <translation>the response is not valid XML (line %1, column %2: %3)</translation>
    </message>
    <message>
        <source>cần một mảng ở gốc phản hồi Open311, nhưng có một đối tượng với các khóa: %1</source>
        <translation>expected an array at the root of the Open311 response, but got an object with the keys: %1</translation>
    </message>
    <message>
        <source>bản ghi thứ %1: cần một đối tượng, nhưng có %2</source>
        <translation>record %1: expected an object, but got %2</translation>
    </message>
    <message>
        <source>thiếu service_request_id</source>
        <translation>service_request_id is missing</translation>
    </message>
    <message>
        <source>chưa có service_request_id (mới có token %1)</source>
        <translation>no service_request_id yet (only token %1)</translation>
    </message>
    <message>
        <source>requested_datetime không phải thời điểm ISO 8601 ("%1")</source>
        <translation>requested_datetime is not an ISO 8601 time ("%1")</translation>
    </message>
    <message>
        <source>yêu cầu thứ %1 (%2): %3</source>
        <translation>request %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>iocwall::SensorThingsConnector</name>
    <message>
        <source>cần "things" hoặc "datastreams", nhưng có "%1"</source>
        <translation>expected "things" or "datastreams", but got "%1"</translation>
    </message>
    <message>
        <source>cần "default" hoặc "dataArray", nhưng có "%1"</source>
        <translation>expected "default" or "dataArray", but got "%1"</translation>
    </message>
    <message>
        <source>cần "area_property", "area_map" hoặc "area" để biết địa bàn của số liệu</source>
        <translation>"area_property", "area_map" or "area" is needed to know the area of the data</translation>
    </message>
    <message>
        <source>không có giá trị nào dùng được (%1 bị bỏ qua): %2</source>
        <translation>no usable values (%1 skipped): %2</translation>
    </message>
    <message>
        <source>Datastream %1: %2</source>
        <translation>Datastream %1: %2</translation>
    </message>
    <message>
        <source>phenomenonTime không phải thời điểm ISO 8601 (%1)</source>
        <translation>phenomenonTime is not an ISO 8601 time (%1)</translation>
    </message>
    <message>
        <source>result không phải số hữu hạn (%1)</source>
        <translation>result is not a finite number (%1)</translation>
    </message>
    <message>
        <source>không xác định được địa bàn của Thing</source>
        <translation>the Thing's area could not be determined</translation>
    </message>
    <message>
        <source>cần mảng "Observations", nhưng có %1</source>
        <translation>expected an "Observations" array, but got %1</translation>
    </message>
    <message>
        <source>cần đối tượng {"value": [...]} của SensorThings ở gốc phản hồi, nhưng có %1</source>
        <translation>expected a SensorThings {"value": [...]} object at the root of the response, but got %1</translation>
    </message>
    <message>
        <source>một mảng</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>máy chủ SensorThings báo lỗi: %1</source>
        <translation>the SensorThings server reported an error: %1</translation>
    </message>
    <message>
        <source>"components" thiếu phenomenonTime hoặc result</source>
        <translation>"components" lacks phenomenonTime or result</translation>
    </message>
    <message>
        <source>một dòng dataArray thiếu cột (%1)</source>
        <translation>a dataArray row is missing columns (%1)</translation>
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
    <message>
        <source>mã truy cập đã hết hạn hoặc đã được thay</source>
        <translation>the access token has expired or been replaced</translation>
    </message>
</context>
<context>
    <name>iocwall::StoreWriter</name>
    <message>
        <source>ghi bộ nhớ đệm thất bại: %1</source>
        <translation>writing the cache failed: %1</translation>
    </message>
    <message>
        <source>đĩa đầy: không ghi được dữ liệu mới vào %1 (dữ liệu đã có vẫn giữ nguyên); hãy giải phóng dung lượng hoặc chạy iocwall-cli cache vacuum</source>
        <translation>disk full: new data cannot be written to %1 (the data already there is kept); free some space or run iocwall-cli cache vacuum</translation>
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