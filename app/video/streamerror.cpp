#include "video/streamerror.h"

namespace iocwall {

QString streamErrorText(StreamError error)
{
    switch (error) {
    case StreamError::None:
        return {};
    case StreamError::BadUrl:
        return StreamErrorText::tr("sai địa chỉ luồng");
    case StreamError::Refused:
        return StreamErrorText::tr("máy chủ từ chối kết nối");
    case StreamError::UnsupportedCodec:
        return StreamErrorText::tr("định dạng video không được hỗ trợ");
    case StreamError::Ended:
        return StreamErrorText::tr("luồng đã kết thúc");
    case StreamError::Timeout:
        return StreamErrorText::tr("quá thời gian chờ hình");
    case StreamError::Other:
        break;
    }
    return StreamErrorText::tr("lỗi luồng video");
}

} // namespace iocwall
