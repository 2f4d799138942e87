# One INTERFACE target carries the build settings every iocwall target links:
# the language level, warnings and the Qt strictness defines.
add_library(iocwall_settings INTERFACE)
target_compile_features(iocwall_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(iocwall_settings INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(iocwall_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  IOCWALL_VERSION="${PROJECT_VERSION}")
