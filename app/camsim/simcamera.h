#pragma once

#include <QList>
#include <QSize>
#include <QString>

namespace iocwall {

// One test camera of the demo stream server: a moving test picture with the
// camera's name and a running clock burnt in.
struct SimCamera {
    QString id;    // path segment: rtsp://.../cam/<id>/main
    QString name;  // shown in the picture, Vietnamese
    int index = 0; // varies the test pattern from camera to camera
};

// The cameras of a cameras.json ({"cameras": [{"id", "name", ...}]}; only id and
// name are read). Empty with `error` set when the file is unusable.
QList<SimCamera> readSimCameras(const QString &fileName, QString *error);
// `count` cameras cam-1 … cam-K named "Camera 1" … "Camera K".
QList<SimCamera> generatedSimCameras(int count);

// The GStreamer launch text (gst_parse_launch syntax) of a camera's raw test
// picture at `size` and `fps`, up to but not including the encoder.
QByteArray testPictureDescription(const SimCamera &camera, QSize size, int fps);

} // namespace iocwall
