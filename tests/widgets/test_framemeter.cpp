// FrameMeter: the picture hash that tells a new picture from the same one
// again, and the rate of new pictures.
#include "video/framemeter.h"

#include <QFont>
#include <QPainter>
#include <QSet>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

QImage scene(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(90, 110, 90));
    return image;
}

QImage withBall(const QSize &size, const QPointF &centre, qreal radius)
{
    QImage image = scene(size);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawEllipse(centre, radius, radius);
    return image;
}

QImage withClock(const QSize &size, const QString &time, int pixelSize)
{
    QImage image = scene(size);
    QPainter p(&image);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(pixelSize);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QPointF(20, 20 + pixelSize), time);
    return image;
}

} // namespace

TEST(FrameMeter, TheSamePictureHasTheSameHashWhateverItsFormat)
{
    const QImage a = withBall(QSize(640, 360), QPointF(100, 100), 8);
    EXPECT_EQ(FrameMeter::pictureHash(a), FrameMeter::pictureHash(a.copy()));
    EXPECT_EQ(FrameMeter::pictureHash(a),
              FrameMeter::pictureHash(a.convertToFormat(QImage::Format_ARGB32)));
    EXPECT_NE(FrameMeter::pictureHash(a), 0u);
    EXPECT_EQ(FrameMeter::pictureHash(QImage()), 0u);
    // Formats of other depths are converted, not misread.
    EXPECT_EQ(FrameMeter::pictureHash(a.convertToFormat(QImage::Format_RGB888)),
              FrameMeter::pictureHash(a));
}

TEST(FrameMeter, ASmallMovingBallChangesTheHashAtEverySize)
{
    for (const QSize size : {QSize(320, 180), QSize(640, 360), QSize(1920, 1080)}) {
        // A ball of 3 % of the height that moves by 2 pixels.
        const qreal r = size.height() * 0.015;
        quint64 previous = 0;
        for (int step = 0; step < 20; ++step) {
            const quint64 hash =
                FrameMeter::pictureHash(withBall(size, QPointF(50 + 2 * step, 60 + step), r));
            EXPECT_NE(hash, previous) << size.width() << "×" << size.height() << " step " << step;
            previous = hash;
        }
    }
}

TEST(FrameMeter, TheSecondsOfAClockChangeTheHash)
{
    for (const QSize size : {QSize(640, 360), QSize(1920, 1080)}) {
        QSet<quint64> hashes;
        for (int s = 0; s < 10; ++s)
            hashes.insert(FrameMeter::pictureHash(
                withClock(size, u"08:15:0%1"_s.arg(s), size.height() / 30)));
        EXPECT_EQ(hashes.size(), 10) << size.width() << "×" << size.height();
    }
}

TEST(FrameMeter, CountsOnlyNewPicturesInItsRate)
{
    FrameMeter meter;
    qint64 ms = 0;
    for (quint64 n = 1; n <= 50; ++n, ms += 40)
        EXPECT_TRUE(meter.add(n, ms));
    EXPECT_NEAR(meter.fps(ms - 40), 25.0, 0.5);
    // The same picture again and again: no new picture, the rate decays to 0.
    for (int n = 0; n < 75; ++n, ms += 40)
        EXPECT_FALSE(meter.add(50, ms));
    EXPECT_EQ(meter.fps(ms), 0.0);
    EXPECT_TRUE(meter.add(51, ms));
    meter.reset();
    EXPECT_TRUE(meter.add(51, ms + 40)) << "after a reset the first frame is new";
}

// After connecting, the jitter buffer lets go of the frames it held at once;
// later a network stall catches up the same way. Arrival times alone would
// read such a 25 fps stream at 30 and more for seconds.
TEST(FrameMeter, FramesArrivingBunchedCountAtTheRateTheStreamSpacedThem)
{
    FrameMeter meter;
    quint64 picture = 0;
    qint64 presented = 5000; // the stream's own clock, anywhere
    // Eight frames (320 ms of the stream) arrive within 8 ms, then the rest in time.
    qint64 ms = 1000;
    for (int n = 0; n < 8; ++n, ++ms, presented += 40)
        meter.add(++picture, ms, presented);
    for (int n = 0; n < 30; ++n, presented += 40) {
        ms += 40;
        meter.add(++picture, ms, presented);
    }
    EXPECT_NEAR(meter.fps(ms), 25.0, 0.5);
    // The same arrivals without the stream's times read high: the case guarded.
    FrameMeter arrivalsOnly;
    ms = 1000;
    for (int n = 0; n < 8; ++n, ++ms)
        arrivalsOnly.add(++picture, ms);
    for (int n = 0; n < 30; ++n) {
        ms += 40;
        arrivalsOnly.add(++picture, ms);
    }
    EXPECT_GT(arrivalsOnly.fps(ms), 29.0);

    // A jump in the stream's clock (a camera restarting it) is not a rate.
    FrameMeter jumped;
    ms = 0;
    presented = 0;
    for (int n = 0; n < 40; ++n, ms += 40, presented += 40) {
        if (n == 20)
            presented += 3'600'000;
        jumped.add(++picture, ms, presented);
    }
    EXPECT_NEAR(jumped.fps(ms - 40), 25.0, 0.5);
    // Frames shown late (a slow machine) are a lower rate, whatever the stream meant.
    FrameMeter slow;
    ms = 0;
    presented = 0;
    for (int n = 0; n < 30; ++n, ms += 80, presented += 40)
        slow.add(++picture, ms, presented);
    EXPECT_NEAR(slow.fps(ms - 80), 12.5, 0.5);
}

// The first seconds after connecting read high however the frames are
// timed (what was held on the way catches up): the meter says it is settling.
TEST(FrameMeter, SettlesForItsFirstSecondsAfterEachReset)
{
    FrameMeter meter;
    EXPECT_TRUE(meter.settling(0)) << "no picture yet";
    meter.add(1, 500);
    EXPECT_TRUE(meter.settling(500 + FrameMeter::kSettleMs - 1));
    EXPECT_FALSE(meter.settling(500 + FrameMeter::kSettleMs));
    meter.add(2, 10'000);
    EXPECT_FALSE(meter.settling(10'000)) << "only the first picture after a reset starts it";
    meter.reset();
    EXPECT_TRUE(meter.settling(10'040));
    meter.add(3, 10'040);
    EXPECT_TRUE(meter.settling(10'040 + FrameMeter::kSettleMs - 1));
    // A reconnect settles again, and the picture it brings back is not new
    // when it is the last one seen (a camera frozen before and after).
    meter.newConnection();
    EXPECT_TRUE(meter.settling(20'000));
    EXPECT_EQ(meter.fps(20'000), 0.0);
    EXPECT_FALSE(meter.add(3, 20'000));
    EXPECT_TRUE(meter.add(4, 20'040));
    EXPECT_TRUE(meter.settling(20'040 + FrameMeter::kSettleMs - 1));
}

// GStreamer hashes one frame in four: the frames between take the verdict of
// the last hashed one, so the rate stays whole and a frozen picture still shows.
TEST(FrameMeter, FramesNotHashedTakeTheVerdictOfTheLastHashedOne)
{
    FrameMeter meter;
    qint64 ms = 0;
    quint64 picture = 100;
    for (int n = 0; n < 50; ++n, ms += 40) {
        const bool hashed = n % FrameMeter::kHashEvery == 0;
        EXPECT_TRUE(meter.add(hashed ? ++picture : FrameMeter::kNotHashed, ms)) << n;
    }
    EXPECT_NEAR(meter.fps(ms - 40), 25.0, 0.5) << "every frame of a live picture counts";
    // Frozen: the hashed frames repeat the last picture; within one hash
    // period no frame is new any more.
    int newAfterFreeze = 0;
    for (int n = 0; n < 75; ++n, ms += 40) {
        const bool hashed = n % FrameMeter::kHashEvery == 0;
        newAfterFreeze += meter.add(hashed ? picture : FrameMeter::kNotHashed, ms);
    }
    EXPECT_LE(newAfterFreeze, FrameMeter::kHashEvery);
    EXPECT_EQ(meter.fps(ms), 0.0);
    EXPECT_NE(FrameMeter::pictureHash(QImage(8, 8, QImage::Format_RGB32)), FrameMeter::kNotHashed);
}
