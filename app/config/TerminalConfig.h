#pragma once

#include "OriginAllowlist.h"
#include "ThemeSettings.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace bt::app {

// Everything the operator can set in terminal.conf. Defaults live in the embedded
// resources/config/terminal.conf, not here, so the documented file is the one truth.
struct TerminalConfig
{
    QString terminalId;
    QString townName;
    QString coatOfArmsPath;
    QString serviceDesk;
    QString defaultLanguage;
    QStringList languages;
    std::chrono::seconds idleTimeout{0};
    std::chrono::seconds countdown{0};
    widgets::ThemeSettings theme;
    bool onScreenKeyboard = true;   // false: the terminal has a physical keyboard
    QString catalogUpdatePath;      // empty: the user's data folder
    QString catalogUpdatePublicKey; // empty: updates cannot be installed
    QString searchIndexPath;        // empty: the user's cache folder
    QStringList popularServices;    // service keys, most asked-for first
    QUrl staffCallUrl;              // empty: no "call staff" button
    std::chrono::seconds staffCallTimeout{0};
    OriginAllowlist browserAllowlist; // empty: online services only as a QR code
    QString draftsPath;               // empty: the user's data folder
    int draftKeepDays = 0;            // days a saved draft is kept, resumed or not
    QString printerQueue;             // CUPS queue name; empty: no printer
};

} // namespace bt::app
