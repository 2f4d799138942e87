#include "reportlabels.h"

using namespace Qt::StringLiterals;

namespace iocwall {

QString ReportLabels::statusName(const QString &status)
{
    if (status == u"received")
        return tr("Mới tiếp nhận");
    if (status == u"in_progress")
        return tr("Đang xử lý");
    if (status == u"overdue")
        return tr("Quá hạn");
    if (status == u"resolved")
        return tr("Đã xử lý");
    if (status == u"closed")
        return tr("Đã đóng");
    if (status == u"rejected")
        return tr("Từ chối");
    return status;
}

QString ReportLabels::categoryName(const QString &category)
{
    QString code = category;
    code.replace(u'_', u'-'); // sources spell the codes both ways
    if (code == u"moi-truong")
        return tr("Môi trường");
    if (code == u"trat-tu-do-thi")
        return tr("Trật tự đô thị");
    if (code == u"giao-thong")
        return tr("Giao thông");
    if (code == u"an-ninh-trat-tu")
        return tr("An ninh trật tự");
    if (code == u"dien")
        return tr("Điện");
    if (code == u"nuoc")
        return tr("Nước");
    if (code == u"ha-tang")
        return tr("Hạ tầng đô thị");
    if (code == u"khac")
        return tr("Khác");
    return category;
}

QColor ReportLabels::statusColor(const Theme &theme, const QString &status)
{
    if (status == u"received")
        return theme.series.value(0, theme.text);
    if (status == u"in_progress")
        return theme.warning;
    if (status == u"overdue")
        return theme.critical;
    if (status == u"resolved" || status == u"closed")
        return theme.good;
    return theme.unknown;
}

QString ReportLabels::unknownArea()
{
    return tr("Không rõ địa bàn");
}

} // namespace iocwall
