#include "WorkerThread.h"

namespace bt::app {

Q_LOGGING_CATEGORY(lcAppThreading, "bt.app.threading", QtInfoMsg)

} // namespace bt::app
