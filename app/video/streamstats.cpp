#include "video/streamstats.h"

using namespace Qt::StringLiterals;

namespace iocwall {

QString streamStateName(StreamState state)
{
    switch (state) {
    case StreamState::Stopped:
        return u"stopped"_s;
    case StreamState::Connecting:
        return u"connecting"_s;
    case StreamState::Playing:
        return u"playing"_s;
    case StreamState::Lost:
        return u"lost"_s;
    case StreamState::Failed:
        return u"failed"_s;
    case StreamState::Paused:
        return u"paused"_s;
    }
    return {};
}

} // namespace iocwall
