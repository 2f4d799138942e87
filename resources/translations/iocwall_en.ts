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
        <source>việc không rõ: &quot;%1&quot;; cần stats, vacuum hoặc export</source>
        <translation>unknown action &quot;%1&quot;; expected stats, vacuum or export</translation>
    </message>
    <message>
        <source>không có bộ nhớ đệm ở %1</source>
        <translation>there is no cache at %1</translation>
    </message>
</context>
<context>
    <name>CamHttpText</name>
    <message>
        <source>Không có đường dẫn %1</source>
        <translation>No such path %1</translation>
    </message>
    <message>
        <source>Không mở được cổng HTTP %1 trên 127.0.0.1: %2</source>
        <translation>Cannot open HTTP port %1 on 127.0.0.1: %2</translation>
    </message>
    <message>
        <source>Luồng HLS chưa sẵn sàng</source>
        <translation>The HLS stream is not ready yet</translation>
    </message>
</context>
<context>
    <name>CamServerText</name>
    <message>
        <source>Thiếu phần tử GStreamer: %1</source>
        <translation>Missing GStreamer elements: %1</translation>
    </message>
    <message>
        <source>Máy chủ luồng camera đã chạy</source>
        <translation>The camera stream server is already running</translation>
    </message>
</context>
<context>
    <name>CameraText</name>
    <message>
        <source>cần một địa chỉ %1 hợp lệ, nhưng có &quot;%2&quot;</source>
        <translation>expected a valid %1 address, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cần chữ cái không dấu, chữ số, &apos;-&apos;, &apos;_&apos; hoặc &apos;.&apos;, nhưng có &quot;%1&quot;</source>
        <translation>expected unaccented letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>không có địa bàn &quot;%1&quot;; các mã có: %2</source>
        <translation>no area &quot;%1&quot;; known codes: %2</translation>
    </message>
    <message>
        <source>cần một trong %1, nhưng có &quot;%2&quot;</source>
        <translation>expected one of %1, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Giao thông</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>An ninh trật tự</source>
        <translation>Public order</translation>
    </message>
    <message>
        <source>Bộ phận một cửa</source>
        <translation>One-stop desk</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>cần một đối tượng camera, nhưng có %1</source>
        <translation>expected a camera object, got %1</translation>
    </message>
    <message>
        <source>mã camera &quot;%1&quot; đã dùng ở /cameras/%2</source>
        <translation>camera id &quot;%1&quot; already used at /cameras/%2</translation>
    </message>
    <message>
        <source>JSON không hợp lệ ở byte %1: %2</source>
        <translation>invalid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>cần một đối tượng JSON {&quot;version&quot;, &quot;cameras&quot;}</source>
        <translation>expected a JSON object {&quot;version&quot;, &quot;cameras&quot;}</translation>
    </message>
    <message>
        <source>cần đúng một trong hai: &quot;cameras&quot; (danh sách) hoặc &quot;source&quot; (API cung cấp danh sách)</source>
        <translation>expected exactly one of &quot;cameras&quot; (a list) or &quot;source&quot; (an API that serves the list)</translation>
    </message>
    <message>
        <source>Danh sách camera</source>
        <translation>Camera list</translation>
    </message>
    <message>
        <source>trường không được hỗ trợ; có: url, auth, tls, timeout_s, max_request_s</source>
        <translation>unsupported field; supported: url, auth, tls, timeout_s, max_request_s</translation>
    </message>
</context>
<context>
    <name>CamsimText</name>
    <message>
        <source>Camera mô phỏng: luồng thử RTSP, MJPEG và HLS trên 127.0.0.1 cho bức tường màn hình.</source>
        <translation>Simulated cameras: RTSP, MJPEG and HLS test streams on 127.0.0.1 for the video wall.</translation>
    </message>
    <message>
        <source>Cổng RTSP (0: cổng trống bất kỳ).</source>
        <translation>RTSP port (0: any free port).</translation>
    </message>
    <message>
        <source>Cổng HTTP cho MJPEG và HLS (0: cổng trống bất kỳ).</source>
        <translation>HTTP port for MJPEG and HLS (0: any free port).</translation>
    </message>
    <message>
        <source>Danh sách camera (cameras.json; mặc định: camera của bản demo).</source>
        <translation>Camera list (cameras.json; default: the demo&apos;s cameras).</translation>
    </message>
    <message>
        <source>Thay cho --cameras: K camera cam-1 … cam-K.</source>
        <translation>Instead of --cameras: K cameras cam-1 … cam-K.</translation>
    </message>
    <message>
        <source>--rtsp-port và --http-port cần một số từ 0 đến 65535</source>
        <translation>--rtsp-port and --http-port need a number from 0 to 65535</translation>
    </message>
    <message>
        <source>--count cần một số từ 1 đến 64</source>
        <translation>--count needs a number from 1 to 64</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>loại nguồn &quot;%1&quot; không có; các loại có: %2</source>
        <translation>no source type &quot;%1&quot;; available types: %2</translation>
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
        <source>cần một địa chỉ http:// hoặc https:// hợp lệ, nhưng có &quot;%1&quot;</source>
        <translation>expected a valid http:// or https:// address, found &quot;%1&quot;</translation>
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
        <source>chuỗi &quot;%1&quot;</source>
        <translation>the string &quot;%1&quot;</translation>
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
        <source>cần một trong %1, nhưng có &quot;%2&quot;</source>
        <translation>expected one of %1, found &quot;%2&quot;</translation>
    </message>
    <message>
        <source>kiểu ô này nhận tối đa %1 chỉ tiêu, nhưng có %2</source>
        <translation>this tile type takes at most %1 indicators, found %2</translation>
    </message>
    <message>
        <source>cần sum, avg, last hoặc max, nhưng có &quot;%1&quot;</source>
        <translation>expected sum, avg, last or max, found &quot;%1&quot;</translation>
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
        <source>mã ô &quot;%1&quot; bị trùng</source>
        <translation>tile id &quot;%1&quot; is used twice</translation>
    </message>
    <message>
        <source>kiểu ô &quot;%1&quot; không tồn tại; các kiểu có: %2</source>
        <translation>there is no tile type &quot;%1&quot;; the types are: %2</translation>
    </message>
    <message>
        <source>kiểu ô &quot;%1&quot; không có thuộc tính này</source>
        <translation>tile type &quot;%1&quot; has no such property</translation>
    </message>
    <message>
        <source>ô &quot;%1&quot; chồng lên ô &quot;%2&quot; tại cột %3, hàng %4</source>
        <translation>tile &quot;%1&quot; overlaps tile &quot;%2&quot; at column %3, row %4</translation>
    </message>
    <message>
        <source>cần đúng %1 tên đầu ra (một cho mỗi màn hình), nhưng có %2</source>
        <translation>expected exactly %1 output names (one per screen), found %2</translation>
    </message>
    <message>
        <source>cần none, api_key, bearer, basic hoặc oauth2, nhưng có &quot;%1&quot;</source>
        <translation>expected none, api_key, bearer, basic or oauth2, but got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>không ghi bí mật vào tệp cấu hình; dùng &quot;secret&quot; để đặt tên bí mật (lưu trong kho khóa hoặc biến môi trường)</source>
        <translation>do not put secrets in a config file; use &quot;secret&quot; to name one (kept in the keychain or an environment variable)</translation>
    </message>
    <message>
        <source>cần basic hoặc body, nhưng có &quot;%1&quot;</source>
        <translation>expected basic or body, but got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>không thể tắt kiểm tra chứng chỉ TLS; nếu máy chủ dùng CA riêng (PKI của tỉnh), khai báo tệp CA bằng &quot;ca_bundle&quot;</source>
        <translation>TLS certificate verification cannot be turned off; if the server uses its own CA (the provincial PKI), name the CA file with &quot;ca_bundle&quot;</translation>
    </message>
    <message>
        <source>trường không được hỗ trợ; chỉ có &quot;ca_bundle&quot;</source>
        <translation>unsupported field; only &quot;ca_bundle&quot; exists</translation>
    </message>
    <message>
        <source>không có tệp CA &quot;%1&quot;</source>
        <translation>no CA file &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tệp &quot;%1&quot; không chứa chứng chỉ PEM nào</source>
        <translation>file &quot;%1&quot; contains no PEM certificate</translation>
    </message>
    <message>
        <source>cần hour, day, week hoặc month, nhưng có &quot;%1&quot;</source>
        <translation>expected hour, day, week or month, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cần lớn hơn hoặc bằng raw_days (%1)</source>
        <translation>expected at least raw_days (%1)</translation>
    </message>
    <message>
        <source>phiên bản %1 không dùng trường này; thay bằng %2</source>
        <translation>version %1 does not use this field; use %2 instead</translation>
    </message>
    <message>
        <source>cần default hoặc colorblind, nhưng có &quot;%1&quot;</source>
        <translation>expected default or colorblind, but got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cần các giá trị trong %1, cách nhau bằng dấu phẩy, nhưng có &quot;%2&quot;</source>
        <translation>expected values from %1, separated by commas, but got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>kiểu ô này không dùng chỉ tiêu, nhưng có %1</source>
        <translation>this tile type takes no indicators, but got %1</translation>
    </message>
</context>
<context>
    <name>GeoText</name>
    <message>
        <source>cần [kinh độ, vĩ độ] là hai số, nhưng có %1</source>
        <translation>expected [longitude, latitude] as two numbers, but found %1</translation>
    </message>
    <message>
        <source>cần kinh độ từ -180 đến 180, nhưng có %1</source>
        <translation>expected a longitude from -180 to 180, but found %1</translation>
    </message>
    <message>
        <source>cần vĩ độ từ -90 đến 90, nhưng có %1</source>
        <translation>expected a latitude from -90 to 90, but found %1</translation>
    </message>
    <message>
        <source>cần một vòng khép kín của ít nhất 4 điểm, nhưng có %1</source>
        <translation>expected a closed ring of at least 4 points, but found %1</translation>
    </message>
    <message numerus="yes">
        <source>%n điểm</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>cần điểm cuối trùng điểm đầu (vòng khép kín)</source>
        <translation>expected the last point to equal the first (a closed ring)</translation>
    </message>
    <message>
        <source>cần một mảng các vòng của đa giác, nhưng có %1</source>
        <translation>expected an array of polygon rings, but found %1</translation>
    </message>
    <message>
        <source>cần một Feature, nhưng có %1</source>
        <translation>expected a Feature, but found %1</translation>
    </message>
    <message>
        <source>cần &quot;Feature&quot;</source>
        <translation>expected &quot;Feature&quot;</translation>
    </message>
    <message>
        <source>cần ít nhất một đa giác</source>
        <translation>expected at least one polygon</translation>
    </message>
    <message>
        <source>cần &quot;Polygon&quot; hoặc &quot;MultiPolygon&quot;, nhưng có &quot;%1&quot;</source>
        <translation>expected &quot;Polygon&quot; or &quot;MultiPolygon&quot;, but found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cần &quot;FeatureCollection&quot;, nhưng có &quot;%1&quot;</source>
        <translation>expected &quot;FeatureCollection&quot;, but found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cần ít nhất một Feature</source>
        <translation>expected at least one Feature</translation>
    </message>
    <message>
        <source>cần mã vùng không trùng; &quot;%1&quot; đã có ở /features/%2</source>
        <translation>expected a unique area code; &quot;%1&quot; is already used at /features/%2</translation>
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
        <source>không hiểu &quot;%1&quot;</source>
        <translation>not understood: &quot;%1&quot;</translation>
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
    <message>
        <source>[tốt, có cảnh báo]</source>
        <translation>[ok, with warnings]</translation>
    </message>
    <message>
        <source>Bỏ qua %1 bản ghi không đọc được; đầu tiên: %2</source>
        <translation>Skipped %1 unreadable records; first: %2</translation>
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
        <source>bản ghi %1, trường &quot;%2&quot;: %3</source>
        <translation>record %1, field &quot;%2&quot;: %3</translation>
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
        <source>thiếu trường bắt buộc; cần một chuỗi mẫu như &quot;{%1}&quot;</source>
        <translation>required field missing; expected a template such as &quot;{%1}&quot;</translation>
    </message>
    <message>
        <source>dùng &quot;value&quot; hoặc &quot;values&quot;, không cả hai</source>
        <translation>use &quot;value&quot; or &quot;values&quot;, not both</translation>
    </message>
    <message>
        <source>cần ít nhất một giá trị</source>
        <translation>at least one value is needed</translation>
    </message>
    <message>
        <source>cần một đối tượng {&quot;indicator&quot;, &quot;value&quot;, &quot;unit&quot;}, nhưng có %1</source>
        <translation>expected an object {&quot;indicator&quot;, &quot;value&quot;, &quot;unit&quot;}, but got %1</translation>
    </message>
    <message>
        <source>thiếu trường bắt buộc; cần một chuỗi mẫu như &quot;{pm25}&quot;</source>
        <translation>required field missing; expected a template such as &quot;{pm25}&quot;</translation>
    </message>
    <message>
        <source>thiếu mã chỉ tiêu (ở đây hoặc ở &quot;%1&quot;)</source>
        <translation>indicator code missing (here or at &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>thiếu trường bắt buộc; cần &quot;value&quot; (một chuỗi mẫu như &quot;{value}&quot;) hoặc &quot;values&quot;</source>
        <translation>required field missing; expected &quot;value&quot; (a template such as &quot;{value}&quot;) or &quot;values&quot;</translation>
    </message>
    <message>
        <source>thiếu trường bắt buộc; cần mã chỉ tiêu, hằng hoặc mẫu như &quot;{$/indicator}&quot;</source>
        <translation>required field missing; expected an indicator code, a constant or a template such as &quot;{$/indicator}&quot;</translation>
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
        <source>cần page, offset, cursor hoặc next_link, nhưng có &quot;%1&quot;</source>
        <translation>expected page, offset, cursor or next_link, but got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>không dùng &quot;*&quot; ở đây</source>
        <translation>&quot;*&quot; is not allowed here</translation>
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
        <source>cần đúng một biến, ví dụ {&quot;indicator&quot;: [&quot;env.aqi&quot;]}</source>
        <translation>expected exactly one variable, e.g. {&quot;indicator&quot;: [&quot;env.aqi&quot;]}</translation>
    </message>
    <message>
        <source>cần một trong %1, nhưng có &quot;%2&quot;</source>
        <translation>expected one of %1, found &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cần bắt đầu bằng &quot;/&quot;</source>
        <translation>must start with &quot;/&quot;</translation>
    </message>
    <message>
        <source>cần &quot;observations&quot; hoặc &quot;reports&quot; (hoặc cả hai) để biết đọc gì từ phản hồi</source>
        <translation>&quot;observations&quot; or &quot;reports&quot; (or both) is needed to know what to read from the response</translation>
    </message>
    <message>
        <source>cần độ lệch như &quot;+07:00&quot;, &quot;UTC&quot; hoặc tên múi giờ như &quot;Asia/Ho_Chi_Minh&quot;, nhưng có &quot;%1&quot;</source>
        <translation>expected an offset such as &quot;+07:00&quot;, &quot;UTC&quot; or a zone name such as &quot;Asia/Ho_Chi_Minh&quot;, but got &quot;%1&quot;</translation>
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
        <source>--lang cần vi hoặc en, nhưng có &quot;%1&quot;</source>
        <translation>--lang expects vi or en, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--screenshot-timeout cần một số giây dương</source>
        <translation>--screenshot-timeout expects a positive number of seconds</translation>
    </message>
    <message>
        <source>Cùng với --screenshot: ghi trạng thái từng ô (có dữ liệu, chưa có, lỗi) ra tệp JSON.</source>
        <translation>With --screenshot: write each tile&apos;s state (data, no data yet, error) to a JSON file.</translation>
    </message>
    <message>
        <source>TỆP.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>--screenshot-report chỉ dùng cùng --screenshot</source>
        <translation>--screenshot-report only works with --screenshot</translation>
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
        <source>con trỏ JSON phải bắt đầu bằng &quot;/&quot; (ví dụ &quot;/data/*&quot;), nhưng có &quot;%1&quot;</source>
        <translation>a JSON Pointer must start with &quot;/&quot; (e.g. &quot;/data/*&quot;), but got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;~&quot; trong con trỏ JSON chỉ được theo sau bởi 0 hoặc 1: &quot;%1&quot;</source>
        <translation>&quot;~&quot; in a JSON Pointer may only be followed by 0 or 1: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>PieText</name>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>phản ánh</source>
        <translation>reports</translation>
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
        <source>tham số không rõ hoặc thiếu giá trị: &quot;%1&quot;</source>
        <translation>unknown option or missing value: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cần tệp nguồn: iocwall-cli probe SOURCE.json [--file PAYLOAD]</source>
        <translation>a source file is needed: iocwall-cli probe SOURCE.json [--file PAYLOAD]</translation>
    </message>
    <message>
        <source>không mở được %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>loại nguồn &quot;%1&quot; không có; các loại có: %2</source>
        <translation>no source type &quot;%1&quot;; available types: %2</translation>
    </message>
    <message>
        <source>%1 quan trắc, %2 phản ánh</source>
        <translation>%1 observations, %2 reports</translation>
    </message>
    <message>
        <source>Cách dùng: iocwall-cli probe SOURCE.json [--file PAYLOAD] [--request N]
                         [--var TÊN=GIÁ_TRỊ] [--secret TÊN=GIÁ_TRỊ]
Lấy dữ liệu một lần từ nguồn; mỗi bản ghi in ra một dòng JSON.
  --file PAYLOAD  đọc một câu trả lời đã lưu của API, không dùng mạng. Với nguồn mà mỗi lần lấy gửi nhiều yêu cầu (phân trang, liên kết trang sau, $expand, danh mục trước), tệp chỉ là một câu trả lời: một trang (xem docs/connectors.md).
  --request N     nguồn json: câu trả lời của yêu cầu thứ N trong settings.requests (từ 0).
  --var TÊN=GIÁ_TRỊ     thay {TÊN} trong base_url.
  --secret TÊN=GIÁ_TRỊ  bí mật cho thử nghiệm (hiện trong ps; nên dùng biến môi trường IOCWALL_SECRET_TÊN).
Mã thoát: 0 thành công, 1 lấy hoặc đọc thất bại, 2 sai lệnh hoặc tệp nguồn.</source>
        <translation>Usage: iocwall-cli probe SOURCE.json [--file PAYLOAD] [--request N]
                         [--var NAME=VALUE] [--secret NAME=VALUE]
Polls a source once; prints each record as one JSON line.
  --file PAYLOAD  read a saved API answer, no network. For sources whose poll sends several requests (paging, next links, $expand, a catalog first) the file is one answer: one page (see docs/connectors.md).
  --request N     json sources: the answer to request N of settings.requests (from 0).
  --var NAME=VALUE     replaces {NAME} in base_url.
  --secret NAME=VALUE  a secret for tests (visible in ps; prefer the environment variable IOCWALL_SECRET_NAME).
Exit code: 0 success, 1 poll or mapping failed, 2 wrong command line or source file.</translation>
    </message>
    <message>
        <source>%1 chỉ tiêu trong danh mục, %2 địa bàn</source>
        <translation>%1 indicators in the catalog, %2 areas</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Mới tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Đã xử lý</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Đã đóng</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Môi trường</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Trật tự đô thị</source>
        <translation>Urban order</translation>
    </message>
    <message>
        <source>Giao thông</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>An ninh trật tự</source>
        <translation>Public order</translation>
    </message>
    <message>
        <source>Điện</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>Nước</source>
        <translation>Water supply</translation>
    </message>
    <message>
        <source>Hạ tầng đô thị</source>
        <translation>Urban infrastructure</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Không rõ địa bàn</source>
        <translation>Unknown area</translation>
    </message>
</context>
<context>
    <name>RtspText</name>
    <message>
        <source>Máy chủ RTSP đã chạy trên cổng %1</source>
        <translation>The RTSP server is already running on port %1</translation>
    </message>
    <message>
        <source>Không mở được cổng RTSP %1 trên 127.0.0.1: %2</source>
        <translation>Cannot open RTSP port %1 on 127.0.0.1: %2</translation>
    </message>
</context>
<context>
    <name>SceneCommand</name>
    <message>
        <source>không chuyển được %1; tệp giữ nguyên</source>
        <translation>could not migrate %1; the file is unchanged</translation>
    </message>
    <message>
        <source>%1 đã ở phiên bản %2; không đổi gì</source>
        <translation>%1 is already version %2; nothing changed</translation>
    </message>
    <message>
        <source>đã chuyển %1 từ phiên bản %2 sang %3; bản cũ giữ ở %4</source>
        <translation>migrated %1 from version %2 to %3; the previous file is kept at %4</translation>
    </message>
    <message>
        <source>cách dùng: iocwall-cli scene migrate FILE [--wall WALL.json]</source>
        <translation>usage: iocwall-cli scene migrate FILE [--wall WALL.json]</translation>
    </message>
</context>
<context>
    <name>SceneFileText</name>
    <message>
        <source>không ghi được %1: %2</source>
        <translation>could not write %1: %2</translation>
    </message>
    <message>
        <source>không đọc được bản cũ %1 để giữ lại: %2</source>
        <translation>could not read the previous version %1 to keep it: %2</translation>
    </message>
    <message>
        <source>không giữ được bản cũ ở %1: %2</source>
        <translation>could not keep the previous version at %1: %2</translation>
    </message>
    <message>
        <source>không thay được %1: %2</source>
        <translation>could not replace %1: %2</translation>
    </message>
</context>
<context>
    <name>SceneMigrationText</name>
    <message>
        <source>thiếu trường bắt buộc (phiên bản tệp cảnh, hiện nay là %1)</source>
        <translation>required field missing (the scene file version, currently %1)</translation>
    </message>
    <message>
        <source>cần số phiên bản nguyên từ 1 đến %1, nhưng có %2</source>
        <translation>expected a whole version number from 1 to %1, but got %2</translation>
    </message>
    <message>
        <source>tệp cảnh phiên bản %1 mới hơn chương trình này (đọc được đến phiên bản %2); hãy cập nhật iocwall</source>
        <translation>scene file version %1 is newer than this program (it reads up to version %2); update iocwall</translation>
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
        <source>chỉ tiêu nguồn &quot;%1&quot; cần có trong danh mục, có cấu hình và không phải derived</source>
        <translation>source indicator &quot;%1&quot; must be in the catalog, have settings and not be derived</translation>
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
        <source>không có cơ quan mã &quot;%1&quot;</source>
        <translation>there is no agency with code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nhóm &quot;%1&quot; chưa có tiêu đề mẫu</source>
        <translation>category &quot;%1&quot; has no title templates</translation>
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
        <source>không có kiểu lỗi &quot;%1&quot;; có: %2</source>
        <translation>no fault kind &quot;%1&quot;; available: %2</translation>
    </message>
    <message>
        <source>tham số &quot;%1&quot; không hợp lệ cho kiểu lỗi %2</source>
        <translation>invalid argument &quot;%1&quot; for fault kind %2</translation>
    </message>
</context>
<context>
    <name>SnapshotText</name>
    <message>
        <source>chưa có hình để chụp</source>
        <translation>no picture to capture yet</translation>
    </message>
    <message>
        <source>không tạo được thư mục %1</source>
        <translation>could not create folder %1</translation>
    </message>
    <message>
        <source>không ghi được %1</source>
        <translation>could not write %1</translation>
    </message>
</context>
<context>
    <name>StreamErrorText</name>
    <message>
        <source>sai địa chỉ luồng</source>
        <translation>wrong stream address</translation>
    </message>
    <message>
        <source>máy chủ từ chối kết nối</source>
        <translation>the server refused the connection</translation>
    </message>
    <message>
        <source>định dạng video không được hỗ trợ</source>
        <translation>unsupported video format</translation>
    </message>
    <message>
        <source>luồng đã kết thúc</source>
        <translation>the stream ended</translation>
    </message>
    <message>
        <source>quá thời gian chờ hình</source>
        <translation>timed out waiting for video</translation>
    </message>
    <message>
        <source>lỗi luồng video</source>
        <translation>video stream error</translation>
    </message>
</context>
<context>
    <name>ValueExpr</name>
    <message>
        <source>dấu &quot;}&quot; thừa ở vị trí %1 (viết &quot;}}&quot; cho dấu ngoặc thường)</source>
        <translation>stray &quot;}&quot; at position %1 (write &quot;}}&quot; for a literal brace)</translation>
    </message>
    <message>
        <source>thiếu dấu &quot;}&quot; đóng cho &quot;{&quot; ở vị trí %1</source>
        <translation>missing closing &quot;}&quot; for the &quot;{&quot; at position %1</translation>
    </message>
    <message>
        <source>biến &quot;%1&quot; không có; các biến có: %2</source>
        <translation>no variable &quot;%1&quot;; variables available: %2</translation>
    </message>
    <message>
        <source>&quot;*&quot; chỉ dùng trong &quot;records&quot;, không dùng trong trường &quot;{%1}&quot;</source>
        <translation>&quot;*&quot; is only for &quot;records&quot;, not in field &quot;{%1}&quot;</translation>
    </message>
    <message>
        <source>cần một chuỗi mẫu như &quot;{status}&quot;, nhưng có %1</source>
        <translation>expected a template such as &quot;{status}&quot;, but got %1</translation>
    </message>
    <message>
        <source>trường không có ở đây; cần &quot;from&quot;, &quot;map&quot; hoặc &quot;default&quot;</source>
        <translation>field not allowed here; expected &quot;from&quot;, &quot;map&quot; or &quot;default&quot;</translation>
    </message>
    <message>
        <source>cần một hằng, một chuỗi mẫu như &quot;{value}&quot; hoặc một đối tượng {&quot;from&quot;, &quot;map&quot;}, nhưng có %1</source>
        <translation>expected a constant, a template such as &quot;{value}&quot; or an object {&quot;from&quot;, &quot;map&quot;}, but got %1</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; lên quá gốc tài liệu</source>
        <translation>&quot;{%1}&quot; goes above the document root</translation>
    </message>
    <message>
        <source>không có &quot;{%1}&quot;</source>
        <translation>&quot;{%1}&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; là null</source>
        <translation>&quot;{%1}&quot; is null</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; là %2, không ghép vào chuỗi được</source>
        <translation>&quot;{%1}&quot; is %2 and cannot be put into text</translation>
    </message>
</context>
<context>
    <name>iocwall-cli</name>
    <message>
        <source>lệnh không rõ: &quot;%1&quot;</source>
        <translation>unknown command: &quot;%1&quot;</translation>
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
        <source>--fault cần PREFIX=KIND[:ARG], có &quot;%1&quot;%2</source>
        <translation>--fault needs PREFIX=KIND[:ARG], got &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>--%1 cần một địa chỉ %2://HOST:PORT</source>
        <translation>--%1 needs an address %2://HOST:PORT</translation>
    </message>
    <message>
        <source>Máy chủ RTSP của danh sách camera (mặc định rtsp://127.0.0.1:8554, iocwall-camsim).</source>
        <translation>RTSP server of the camera list (default rtsp://127.0.0.1:8554, iocwall-camsim).</translation>
    </message>
    <message>
        <source>Máy chủ HTTP (MJPEG, HLS) của danh sách camera (mặc định http://127.0.0.1:8555).</source>
        <translation>HTTP server (MJPEG, HLS) of the camera list (default http://127.0.0.1:8555).</translation>
    </message>
</context>
<context>
    <name>iocwall::CameraDiagnosticsTile</name>
    <message>
        <source>đã dừng</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>đang kết nối</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>đang phát</source>
        <translation>playing</translation>
    </message>
    <message>
        <source>mất tín hiệu</source>
        <translation>signal lost</translation>
    </message>
    <message>
        <source>lỗi</source>
        <translation>error</translation>
    </message>
    <message>
        <source>tạm dừng (vượt giới hạn)</source>
        <translation>paused (over the limit)</translation>
    </message>
    <message>
        <source>từ %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>%1 hình/giây</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>kết nối lại %1</source>
        <translation>reconnects %1</translation>
    </message>
    <message>
        <source>lỗi cuối: %1 (%2)</source>
        <translation>last error: %1 (%2)</translation>
    </message>
    <message>
        <source>Chưa có luồng camera nào</source>
        <translation>No camera streams yet</translation>
    </message>
    <message>
        <source>… và %1 luồng khác</source>
        <translation>… and %1 more streams</translation>
    </message>
    <message>
        <source>đang đo hình/giây</source>
        <translation>measuring frame rate</translation>
    </message>
</context>
<context>
    <name>iocwall::CameraGridTile</name>
    <message>
        <source>không có camera được chọn</source>
        <translation>no camera selected</translation>
    </message>
    <message>
        <source>chưa đặt thư mục lưu ảnh</source>
        <translation>no snapshot folder set</translation>
    </message>
    <message>
        <source>Không có camera nào phù hợp</source>
        <translation>No matching cameras</translation>
    </message>
</context>
<context>
    <name>iocwall::CameraListConnector</name>
    <message>
        <source>%1: danh sách camera sai: %2</source>
        <translation>%1: wrong camera list: %2</translation>
    </message>
</context>
<context>
    <name>iocwall::CameraListLoader</name>
    <message>
        <source>Không lưu được danh sách camera vào %1: %2</source>
        <translation>Cannot save the camera list to %1: %2</translation>
    </message>
    <message>
        <source>Không tải được danh sách camera: %1</source>
        <translation>Cannot load the camera list: %1</translation>
    </message>
    <message>
        <source>Không tải được danh sách camera, dùng danh sách đã lưu (%1 camera): %2</source>
        <translation>Cannot load the camera list, using the saved list (%1 cameras): %2</translation>
    </message>
    <message>
        <source>Bỏ qua danh sách camera đã lưu: %1</source>
        <translation>Ignoring the saved camera list: %1</translation>
    </message>
</context>
<context>
    <name>iocwall::CameraView</name>
    <message>
        <source>Không có camera &apos;%1&apos;</source>
        <translation>No camera &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Đang kết nối…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Mất tín hiệu – từ %1</source>
        <translation>Signal lost – since %1</translation>
    </message>
    <message>
        <source>Lỗi: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Tạm dừng: vượt giới hạn</source>
        <translation>Paused: over the limit</translation>
    </message>
    <message>
        <source>chưa có hình</source>
        <translation>no picture yet</translation>
    </message>
    <message>
        <source>%1×%2 · %3 hình/giây</source>
        <extracomment>Resolution and frame rate over a camera picture: &quot;640×360 · 25,0 hình/giây&quot;</extracomment>
        <translation>%1×%2 · %3 fps</translation>
    </message>
    <message>
        <source>TRỰC TIẾP</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source> · kết nối lại %1 lần</source>
        <translation> · reconnected %1 times</translation>
    </message>
    <message>
        <source> · lỗi cuối: %1</source>
        <translation> · last error: %1</translation>
    </message>
    <message>
        <source>%1×%2 · đang đo hình/giây</source>
        <extracomment>Resolution over a camera picture just connected, its frame rate not yet measured</extracomment>
        <translation>%1×%2 · measuring frame rate</translation>
    </message>
</context>
<context>
    <name>iocwall::ChainConnector</name>
    <message>
        <source>%1 bản ghi bị bỏ qua: %2</source>
        <translation>%1 records skipped: %2</translation>
    </message>
    <message>
        <source>không có giá trị nào dùng được (%1 bị bỏ qua): %2</source>
        <translation>no usable values (%1 skipped): %2</translation>
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
        <extracomment>Weekday and date on the wall clock: &quot;Thứ Tư, 25/11/2026&quot;</extracomment>
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
        <source>chưa có bí mật &quot;%1&quot; cho nguồn %2 (lưu trong kho khóa của hệ thống, dịch vụ &quot;iocwall&quot;, hoặc đặt biến môi trường %3)</source>
        <translation>no secret &quot;%1&quot; for source %2 (store it in the system keychain, service &quot;iocwall&quot;, or set the environment variable %3)</translation>
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
        <source>%1: không xác minh được chứng chỉ TLS của %2 (%3); nếu máy chủ dùng CA riêng, khai báo tệp CA ở &quot;tls&quot;: {&quot;ca_bundle&quot;: ...}</source>
        <translation>%1: could not verify the TLS certificate of %2 (%3); if the server uses its own CA, name the CA file in &quot;tls&quot;: {&quot;ca_bundle&quot;: ...}</translation>
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
        <source>cần mã chỉ tiêu (chuỗi) hoặc đối tượng {&quot;indicator&quot;, &quot;unit&quot;}, nhưng có %1</source>
        <translation>expected an indicator code (string) or an object {&quot;indicator&quot;, &quot;unit&quot;}, but got %1</translation>
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
        <translation>source %1: the OAuth2 token server&apos;s answer (%2) has no Bearer access_token</translation>
    </message>
    <message>
        <source>loại nguồn &quot;%1&quot; chưa đọc được dữ liệu lưu sẵn</source>
        <translation>source type &quot;%1&quot; cannot read a saved payload yet</translation>
    </message>
</context>
<context>
    <name>iocwall::CsvConnector</name>
    <message>
        <source>cần tên cột, số thứ tự cột (từ 0) hoặc {&quot;const&quot;: &quot;...&quot;}, nhưng có %1</source>
        <translation>expected a column name, a column index (from 0) or {&quot;const&quot;: &quot;...&quot;}, but got %1</translation>
    </message>
    <message>
        <source>cần &quot;csv&quot; hoặc &quot;ckan&quot;, nhưng có &quot;%1&quot;</source>
        <translation>expected &quot;csv&quot; or &quot;ckan&quot;, but got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cần một ký tự (&quot;,&quot;, &quot;;&quot;, &quot;\t&quot;) hoặc &quot;auto&quot;, nhưng có &quot;%1&quot;</source>
        <translation>expected one character (&quot;,&quot;, &quot;;&quot;, &quot;\t&quot;) or &quot;auto&quot;, but got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>thiếu cột giá trị</source>
        <translation>the value column is missing</translation>
    </message>
    <message>
        <source>thiếu trường bắt buộc; cần tên cột, số thứ tự cột hoặc {&quot;const&quot;: &quot;...&quot;}</source>
        <translation>required field missing; expected a column name, a column index or {&quot;const&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>không mở được tệp %1: %2</source>
        <translation>cannot open file %1: %2</translation>
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
        <source>cột %1: &quot;%2&quot; không phải số</source>
        <translation>column %1: &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>cột %1: &quot;%2&quot; không phải thời điểm</source>
        <translation>column %1: &quot;%2&quot; is not a time</translation>
    </message>
    <message>
        <source>thiếu mã chỉ tiêu hoặc địa bàn</source>
        <translation>indicator code or area missing</translation>
    </message>
    <message>
        <source>cần phản hồi datastore_search của CKAN ({&quot;success&quot;: true, &quot;result&quot;: {...}}), nhưng có %1</source>
        <translation>expected a CKAN datastore_search response ({&quot;success&quot;: true, &quot;result&quot;: {...}}), but got %1</translation>
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
        <source>kết quả CKAN thiếu mảng &quot;records&quot;</source>
        <translation>the CKAN result lacks a &quot;records&quot; array</translation>
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
    <message>
        <source>bỏ qua %1 bản ghi: %2</source>
        <translation>%1 records skipped: %2</translation>
    </message>
</context>
<context>
    <name>iocwall::Hub</name>
    <message>
        <source>không có bộ kết nối loại &quot;%1&quot; (nguồn %2)</source>
        <translation>there is no connector of type &quot;%1&quot; (source %2)</translation>
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
        <source>phản hồi là một mảng, cần một đối tượng có mảng &quot;data&quot;</source>
        <translation>the response is an array; expected an object with a &quot;data&quot; array</translation>
    </message>
    <message>
        <source>phản hồi thiếu mảng &quot;data&quot; (có các khóa: %1)</source>
        <translation>the response has no &quot;data&quot; array (keys present: %1)</translation>
    </message>
    <message>
        <source>&quot;data&quot; cần là một mảng, nhưng là %1</source>
        <translation>&quot;data&quot; must be an array, but is %1</translation>
    </message>
    <message>
        <source>phần tử thứ %1 của &quot;data&quot; cần là một đối tượng, nhưng là %2</source>
        <translation>element %1 of &quot;data&quot; must be an object, but is %2</translation>
    </message>
    <message>
        <source>danh mục rỗng: API không liệt kê chỉ tiêu nào</source>
        <translation>empty catalog: the API lists no indicators</translation>
    </message>
    <message>
        <source>chỉ tiêu thứ %1: &quot;code&quot; cần là chuỗi, nhưng là %2</source>
        <translation>indicator %1: &quot;code&quot; must be a string, but is %2</translation>
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
        <translation>%1: the next-page link leaves the source&apos;s server (%2); credentials are not sent there</translation>
    </message>
    <message>
        <source>nguồn chỉ có %1 yêu cầu (--request từ 0)</source>
        <translation>the source has only %1 requests (--request counts from 0)</translation>
    </message>
    <message>
        <source>không bản ghi nào đọc được:
%1</source>
        <translation>no record could be read:
%1</translation>
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
        <source>Kỳ này</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Kỳ trước</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>%1 – kỳ trước</source>
        <translation>%1 – previous period</translation>
    </message>
    <message>
        <source>Mục tiêu: %1</source>
        <translation>Target: %1</translation>
    </message>
</context>
<context>
    <name>iocwall::MapTile</name>
    <message>
        <source>Mới tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Đã xử lý</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Không đọc được ranh giới bản đồ</source>
        <translation>Could not read the map boundaries</translation>
    </message>
    <message>
        <source>Tô màu theo: %1</source>
        <translation>Shaded by: %1</translation>
    </message>
</context>
<context>
    <name>iocwall::NgsiConnector</name>
    <message>
        <source>cần một trong %1, nhưng có &quot;%2&quot;</source>
        <translation>expected one of %1, found &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cần &quot;area_attribute&quot;, &quot;area_map&quot; hoặc &quot;area&quot; để biết địa bàn của số liệu</source>
        <translation>&quot;area_attribute&quot;, &quot;area_map&quot; or &quot;area&quot; is needed to know the area of the data</translation>
    </message>
    <message>
        <source>&quot;timeseries&quot; (QuantumLeap) chỉ dùng với flavor &quot;v2&quot;</source>
        <translation>&quot;timeseries&quot; (QuantumLeap) only works with flavor &quot;v2&quot;</translation>
    </message>
    <message>
        <source>&quot;temporal&quot; chỉ dùng với flavor &quot;ld&quot;</source>
        <translation>&quot;temporal&quot; only works with flavor &quot;ld&quot;</translation>
    </message>
    <message>
        <source>&quot;temporalValues&quot; chỉ dùng với mode &quot;temporal&quot;</source>
        <translation>&quot;temporalValues&quot; only works with mode &quot;temporal&quot;</translation>
    </message>
    <message>
        <source>cần loại thực thể (hoặc &quot;entity_ids&quot;) cho cách truy vấn này</source>
        <translation>an entity type (or &quot;entity_ids&quot;) is needed for this kind of query</translation>
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
        <source>chuỗi thời gian thiếu mảng &quot;index&quot; và &quot;values&quot; (hoặc &quot;entities&quot;, &quot;attributes&quot;)</source>
        <translation>the time series lacks the &quot;index&quot; and &quot;values&quot; arrays (or &quot;entities&quot;, &quot;attributes&quot;)</translation>
    </message>
</context>
<context>
    <name>iocwall::Open311Connector</name>
    <message>
        <source>cần &quot;json&quot; hoặc &quot;xml&quot;, nhưng có &quot;%1&quot;</source>
        <translation>expected &quot;json&quot; or &quot;xml&quot;, but got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cần &quot;open&quot; hoặc &quot;closed&quot;, nhưng có &quot;%1&quot;</source>
        <translation>expected &quot;open&quot; or &quot;closed&quot;, but got &quot;%1&quot;</translation>
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
        <source>requested_datetime không phải thời điểm ISO 8601 (&quot;%1&quot;)</source>
        <translation>requested_datetime is not an ISO 8601 time (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>yêu cầu thứ %1 (%2): %3</source>
        <translation>request %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>iocwall::SensorThingsConnector</name>
    <message>
        <source>cần &quot;things&quot; hoặc &quot;datastreams&quot;, nhưng có &quot;%1&quot;</source>
        <translation>expected &quot;things&quot; or &quot;datastreams&quot;, but got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cần &quot;default&quot; hoặc &quot;dataArray&quot;, nhưng có &quot;%1&quot;</source>
        <translation>expected &quot;default&quot; or &quot;dataArray&quot;, but got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cần &quot;area_property&quot;, &quot;area_map&quot; hoặc &quot;area&quot; để biết địa bàn của số liệu</source>
        <translation>&quot;area_property&quot;, &quot;area_map&quot; or &quot;area&quot; is needed to know the area of the data</translation>
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
        <translation>the Thing&apos;s area could not be determined</translation>
    </message>
    <message>
        <source>cần mảng &quot;Observations&quot;, nhưng có %1</source>
        <translation>expected an &quot;Observations&quot; array, but got %1</translation>
    </message>
    <message>
        <source>cần đối tượng {&quot;value&quot;: [...]} của SensorThings ở gốc phản hồi, nhưng có %1</source>
        <translation>expected a SensorThings {&quot;value&quot;: [...]} object at the root of the response, but got %1</translation>
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
        <source>&quot;components&quot; thiếu phenomenonTime hoặc result</source>
        <translation>&quot;components&quot; lacks phenomenonTime or result</translation>
    </message>
    <message>
        <source>một dòng dataArray thiếu cột (%1)</source>
        <translation>a dataArray row is missing columns (%1)</translation>
    </message>
    <message>
        <source>đây là câu trả lời dạng dataArray của một Datastream; nó không cho biết chỉ tiêu và địa bàn. Hãy lưu trang %1 (có Observations mở rộng) và đọc trang đó</source>
        <translation>this is a Datastream&apos;s dataArray answer; it does not say the indicator or the area. Save the %1 page (with Observations expanded) and read that</translation>
    </message>
    <message>
        <source>trang này có @iot.nextLink; khi chạy thật các trang sau cũng được đọc</source>
        <translation>this page has an @iot.nextLink; a real poll also reads the following pages</translation>
    </message>
</context>
<context>
    <name>iocwall::SimServer</name>
    <message>
        <source>%1 không phải thời điểm ISO 8601: &quot;%2&quot;</source>
        <translation>%1 is not an ISO 8601 time: &quot;%2&quot;</translation>
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
    <name>iocwall::TableTile</name>
    <message>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Đơn vị xử lý</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Hạn xử lý</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Trễ (ngày)</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>trang %1/%2</source>
        <translation>page %1/%2</translation>
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
        <source>Không có cảnh &quot;%1&quot;; các cảnh có: %2</source>
        <translation>There is no scene &quot;%1&quot;; the scenes are: %2</translation>
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
    <message>
        <source>Không khởi động được camera mô phỏng: %1</source>
        <translation>Cannot start the simulated cameras: %1</translation>
    </message>
    <message>
        <source>Không ghi được báo cáo ảnh chụp %1: %2</source>
        <translation>Could not write the screenshot report %1: %2</translation>
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
