#pragma once

#include "Service.h"

#include <QCoreApplication>
#include <QString>

namespace bt::app {

// How a service's facts read for a citizen, in the current language: fees in euros, the
// identification it needs, how it is done.
class ServiceTexts
{
    Q_DECLARE_TR_FUNCTIONS(bt::app::ServiceTexts)

public:
    [[nodiscard]] static QString fee(const Fee& fee, const QString& language);
    [[nodiscard]] static QString trustLevel(TrustLevel level);
    [[nodiscard]] static QString channel(const Channel& channel);
    [[nodiscard]] static QString euros(qint64 cents, const QString& language);
};

} // namespace bt::app
