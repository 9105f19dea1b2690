#pragma once

#include <QString>

namespace bt::test {

// What the citizen reads on the form's screens, in the two shipped languages.
struct CitizenTexts
{
    QString yes;
    QString no;
    QString reviewTitle;
    QString summaryHeading;
    QString dateFormatError;
    QString fillIn;

    static CitizenTexts in(const QString& language)
    {
        if (language == u"en") {
            return {QStringLiteral("Yes"),
                    QStringLiteral("No"),
                    QStringLiteral("Please check your answers"),
                    QStringLiteral("Please check these entries:"),
                    QStringLiteral("Please enter a date like 31.12.2024."),
                    QStringLiteral("Please fill in this field.")};
        }
        return {QStringLiteral("Ja"),
                QStringLiteral("Nein"),
                QStringLiteral("Bitte prüfen Sie Ihre Angaben"),
                QStringLiteral("Bitte prüfen Sie diese Angaben:"),
                QStringLiteral("Bitte geben Sie ein Datum wie 31.12.2024 ein."),
                QStringLiteral("Bitte füllen Sie dieses Feld aus.")};
    }
};

} // namespace bt::test
