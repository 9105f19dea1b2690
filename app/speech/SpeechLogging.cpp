#include "SpeechLogging.h"

Q_LOGGING_CATEGORY(lcSpeech, "bt.app.speech", QtInfoMsg)
