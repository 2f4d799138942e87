#pragma once

#include <QCoreApplication>
#include <QString>

namespace iocwall {

// Why a stream is not playing, in words an operator understands.
enum class StreamError { None, BadUrl, Refused, UnsupportedCodec, Ended, Timeout, Other };

struct StreamErrorText {
    Q_DECLARE_TR_FUNCTIONS(StreamErrorText)
};

// "Sai địa chỉ luồng" ... (English through the translation).
QString streamErrorText(StreamError error);

} // namespace iocwall
