#!/usr/bin/python3
# An RTSP server for tests and benchmarks until iocwall-camsim is on this
# branch: GstRtspServer with --count live H.264 test streams at
# rtsp://127.0.0.1:PORT/cam/N (N from 1), each a moving test pattern.
# Prints "ready PORT" on stdout once it listens. Needs /usr/bin/python3 (gi).
import argparse
import os
import sys
import tempfile

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, default=0)
parser.add_argument("--count", type=int, default=1)
parser.add_argument("--width", type=int, default=640)
parser.add_argument("--height", type=int, default=360)
parser.add_argument("--fps", type=int, default=25)
parser.add_argument("--preencoded", action="store_true",
                    help="encode 10 s once and loop it, so that serving costs next to "
                         "nothing (for benchmarks of the players)")
args = parser.parse_args()

Gst.init(None)

# format=I420: without it x264enc picks High 4:4:4 10-bit, which no camera
# sends and which costs the players (and the decode-alone floor) several times
# the decoding and conversion of the 4:2:0 8-bit streams cameras do send.

live = (
    f"videotestsrc is-live=true pattern=ball ! "
    f"video/x-raw,format=I420,width={args.width},height={args.height},framerate={args.fps}/1 ! "
    f"x264enc tune=zerolatency speed-preset=ultrafast key-int-max={args.fps} bitrate=600 ! "
    f"rtph264pay name=pay0 pt=96 config-interval=1")
if args.preencoded:
    clip = os.path.join(tempfile.mkdtemp(prefix="rtsp-test-"), "clip.h264")
    encode = Gst.parse_launch(
        f"videotestsrc pattern=ball num-buffers={10 * args.fps} ! "
        f"video/x-raw,format=I420,width={args.width},height={args.height},framerate={args.fps}/1 ! "
        f"timeoverlay ! "
        f"x264enc tune=zerolatency speed-preset=ultrafast key-int-max={args.fps} bitrate=600 ! "
        f"h264parse ! video/x-h264,stream-format=byte-stream,alignment=au ! "
        f"filesink location={clip}")
    encode.set_state(Gst.State.PLAYING)
    message = encode.get_bus().timed_pop_filtered(
        Gst.CLOCK_TIME_NONE, Gst.MessageType.EOS | Gst.MessageType.ERROR)
    encode.set_state(Gst.State.NULL)
    if message.type == Gst.MessageType.ERROR:
        sys.exit(f"encoding the clip failed: {message.parse_error()[0].message}")
    # Timestamps come from the frame rate; the sinks pace them as if live.
    live = (
        f"multifilesrc location={clip} loop=true "
        f"caps=\"video/x-h264,stream-format=byte-stream,alignment=au,framerate={args.fps}/1\" ! "
        f"h264parse ! rtph264pay name=pay0 pt=96 config-interval=1")
server = GstRtspServer.RTSPServer()
server.set_address("127.0.0.1")
server.set_service(str(args.port))
mounts = server.get_mount_points()
for n in range(1, args.count + 1):
    factory = GstRtspServer.RTSPMediaFactory()
    factory.set_launch(f"( {live} )")
    factory.set_shared(True)  # one encoder per camera, however many players
    mounts.add_factory(f"/cam/{n}", factory)
server.attach(None)
print(f"ready {server.get_bound_port()}", flush=True)
GLib.MainLoop().run()
