<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>bt::app::AttractScreen</name>
    <message>
        <source>Please touch the screen</source>
        <translation>Bitte berühren Sie den Bildschirm</translation>
    </message>
</context>
<context>
    <name>bt::app::BrowserScreen</name>
    <message>
        <source>‹ Back to the terminal</source>
        <extracomment>Always visible above an external web page: leaves it for the terminal&apos;s service page.</extracomment>
        <translation>‹ Zurück zum Terminal</translation>
    </message>
    <message>
        <source>Previous page</source>
        <extracomment>Goes one page back inside the external web page.</extracomment>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <extracomment>Above an external web page: which website the citizen is on.</extracomment>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>This page cannot be opened at the terminal.</source>
        <translation>Diese Seite kann am Terminal nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The website %1 cannot be opened at the terminal. Only the pages of this online service are available here.</source>
        <translation>Die Website %1 kann am Terminal nicht geöffnet werden. Hier sind nur die Seiten dieses Online-Dienstes erreichbar.</translation>
    </message>
    <message>
        <source>Files cannot be saved at the terminal. Use the QR code on the service page to do this on your own phone or computer, or ask the staff.</source>
        <translation>Dateien können am Terminal nicht gespeichert werden. Nutzen Sie den QR-Code auf der Seite der Leistung, um das auf Ihrem eigenen Handy oder Computer zu erledigen, oder fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>Files cannot be uploaded at the terminal. Please show the document at the service desk.</source>
        <translation>Dateien können am Terminal nicht hochgeladen werden. Bitte zeigen Sie das Dokument am Schalter vor.</translation>
    </message>
    <message>
        <source>The page asked for the camera, microphone, location or notifications. The terminal does not allow that.</source>
        <translation>Die Seite wollte Kamera, Mikrofon, Standort oder Benachrichtigungen nutzen. Das erlaubt das Terminal nicht.</translation>
    </message>
    <message>
        <source>The terminal could not confirm that %1 is the genuine website, so it did not open it.</source>
        <translation>Das Terminal konnte nicht bestätigen, dass %1 die echte Website ist, und hat sie deshalb nicht geöffnet.</translation>
    </message>
    <message>
        <source>The page says: %1</source>
        <extracomment>A message the external web page wanted to show in a dialog.</extracomment>
        <translation>Die Seite meldet: %1</translation>
    </message>
</context>
<context>
    <name>bt::app::CoatOfArms</name>
    <message>
        <source>Coat of arms of %1</source>
        <extracomment>Read out for the town&apos;s coat of arms at the top of the screen, e.g. &quot;Coat of arms of Musterstadt&quot;.</extracomment>
        <translation>Wappen von %1</translation>
    </message>
</context>
<context>
    <name>bt::app::DraftCodeSlip</name>
    <message>
        <source>Your application is saved</source>
        <extracomment>Printed slip after &quot;Später fortsetzen&quot;, its heading.</extracomment>
        <translation>Ihr Antrag ist gespeichert</translation>
    </message>
    <message>
        <source>Kept until %1</source>
        <extracomment>Printed slip: %1 is the date until which the saved application is kept.</extracomment>
        <translation>Aufbewahrt bis %1</translation>
    </message>
    <message>
        <source>At the terminal: &quot;Continue a saved application&quot;, then enter the code.</source>
        <extracomment>Printed slip: how to continue. Use the home screen&apos;s button text &quot;Continue a saved application&quot;.</extracomment>
        <translation>Am Terminal: „Gespeicherten Antrag fortsetzen“, dann den Code eingeben.</translation>
    </message>
</context>
<context>
    <name>bt::app::DraftSavedOverlay</name>
    <message>
        <source>Your application is saved</source>
        <extracomment>After &quot;Später fortsetzen&quot;: the form&apos;s answers are stored at the terminal.</extracomment>
        <translation>Ihr Antrag ist gespeichert</translation>
    </message>
    <message>
        <source>Write down this code or take a photo of the QR code. With it you can continue here until %1. Without the code nobody can open your answers, not even the staff.</source>
        <extracomment>%1 is a date. The citizen writes the code down or photographs the QR code.</extracomment>
        <translation>Schreiben Sie sich diesen Code auf oder fotografieren Sie den QR-Code. Damit können Sie hier bis zum %1 weitermachen. Ohne den Code kann niemand Ihre Angaben öffnen, auch nicht das Personal.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The code is being printed …</source>
        <extracomment>The resume code is being printed on the terminal&apos;s printer.</extracomment>
        <translation>Der Code wird gedruckt …</translation>
    </message>
    <message>
        <source>Please take your printout.</source>
        <extracomment>The printout with the resume code comes out of the terminal&apos;s printer.</extracomment>
        <translation>Bitte nehmen Sie Ihren Ausdruck.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please write down the code or take a photo of it.</source>
        <translation>Der Drucker funktioniert gerade nicht. Bitte schreiben Sie den Code ab oder fotografieren Sie ihn.</translation>
    </message>
    <message>
        <source>Print again</source>
        <extracomment>Prints the slip with the resume code once more.</extracomment>
        <translation>Noch einmal drucken</translation>
    </message>
</context>
<context>
    <name>bt::app::Failure</name>
    <message>
        <source>This service is not available at the moment. Please ask the staff for help.</source>
        <translation>Dieser Dienst ist gerade nicht verfügbar. Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <source>Searching is not possible at the moment. Please choose a topic instead.</source>
        <translation>Die Suche ist gerade nicht möglich. Bitte wählen Sie stattdessen ein Thema.</translation>
    </message>
    <message>
        <source>Applications cannot be saved or continued at the moment. Please ask the staff for help.</source>
        <translation>Anträge können gerade nicht gespeichert oder fortgesetzt werden. Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <source>Your application could not be saved. Please ask the staff for help.</source>
        <translation>Ihr Antrag konnte nicht gespeichert werden. Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please ask the staff for help.</source>
        <translation>Der Drucker funktioniert gerade nicht. Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff for help.</source>
        <translation>Etwas hat nicht geklappt. Bitte wenden Sie sich an das Personal.</translation>
    </message>
</context>
<context>
    <name>bt::app::FooterBar</name>
    <message>
        <source>‹ Back</source>
        <extracomment>Footer button: go to the previous page.</extracomment>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Cancel and start over</source>
        <extracomment>Footer button: cancel everything and return to the start screen.</extracomment>
        <translation>Abbrechen und neu beginnen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>bt::app::FormScreen</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>Progress through a form, e.g. &quot;Schritt 3 von 7: Anschrift&quot;.</extracomment>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>(part %1 of %2)</source>
        <extracomment>A long section of a form shown in parts, e.g. &quot;(Teil 1 von 2)&quot;.</extracomment>
        <translation>(Teil %1 von %2)</translation>
    </message>
    <message>
        <source>‹ Previous step</source>
        <extracomment>Form wizard: back to the previous step of the form.</extracomment>
        <translation>‹ Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>Check my answers ›</source>
        <translation>Angaben prüfen ›</translation>
    </message>
    <message>
        <source>Continue later</source>
        <extracomment>Form wizard: keep the answers so far and continue another day with a code.</extracomment>
        <translation>Später fortsetzen</translation>
    </message>
    <message>
        <source>From your ID card</source>
        <extracomment>Shown at a form field filled in from the ID card; the citizen cannot change it.</extracomment>
        <translation>Aus Ihrem Ausweis</translation>
    </message>
</context>
<context>
    <name>bt::app::HeaderBar</name>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Text, contrast, speech</source>
        <extracomment>Opens the reading aids: text size, contrast and reading aloud.</extracomment>
        <translation>Schrift, Kontrast, Vorlesen</translation>
    </message>
</context>
<context>
    <name>bt::app::HelpOverlay</name>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Our staff will gladly help you in person: %1</source>
        <translation>Unser Personal hilft Ihnen gerne persönlich weiter: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Calling staff …</source>
        <translation>Personal wird gerufen …</translation>
    </message>
    <message>
        <source>We have called our staff. Please stay at the terminal: someone will come to you.</source>
        <translation>Wir haben unser Personal gerufen. Bitte bleiben Sie am Terminal: Gleich kommt jemand zu Ihnen.</translation>
    </message>
    <message>
        <source>Sorry, the call did not go through. Please go to: %1</source>
        <translation>Das Rufen hat leider nicht geklappt. Bitte gehen Sie zu: %1</translation>
    </message>
    <message>
        <source>Call staff to the terminal</source>
        <translation>Personal an das Terminal rufen</translation>
    </message>
    <message>
        <source>Touch a topic to see what you can do here. “Back” returns to the previous page. “Cancel and start over” deletes everything you have entered. At the top you can change the language and the text size and contrast, and switch on reading aloud.</source>
        <translation>Tippen Sie auf ein Thema, um zu sehen, was Sie hier erledigen können. „Zurück“ führt zur vorigen Seite. „Abbrechen und neu beginnen“ löscht alles, was Sie eingegeben haben. Oben können Sie Sprache, Schriftgröße und Kontrast ändern und das Vorlesen einschalten.</translation>
    </message>
</context>
<context>
    <name>bt::app::HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie erledigen?</translation>
    </message>
    <message>
        <source>Search, for example: ID card, register a dog, bulky waste</source>
        <translation>Suchen, zum Beispiel: Personalausweis, Hund anmelden, Sperrmüll</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Touch a service to read what you need and what it costs.</source>
        <translation>Tippen Sie auf eine Leistung: Dort steht, was Sie brauchen und was es kostet.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try other words, or look in these topics:</source>
        <translation>Zu „%1“ haben wir nichts gefunden. Versuchen Sie andere Wörter oder schauen Sie in diese Themen:</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>All services from A to Z</source>
        <translation>Alle Leistungen von A bis Z</translation>
    </message>
    <message>
        <source>Continue a saved application</source>
        <extracomment>Home screen: open a form saved earlier with &quot;Später fortsetzen&quot;, with its code.</extracomment>
        <translation>Gespeicherten Antrag fortsetzen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <extracomment>Read out for the &quot;×&quot; at the end of the search field, which empties it.</extracomment>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Type what you need, or choose a topic. Text size, contrast, reading aloud and language can be changed at the top at any time.</source>
        <translation>Schreiben Sie, was Sie brauchen, oder wählen Sie ein Thema. Schriftgröße, Kontrast, Vorlesen und Sprache können Sie jederzeit oben ändern.</translation>
    </message>
</context>
<context>
    <name>bt::app::KioskWindow</name>
    <message>
        <source>Citizen terminal</source>
        <translation>Bürgerterminal</translation>
    </message>
</context>
<context>
    <name>bt::app::OutOfServiceScreen</name>
    <message>
        <source>Out of order</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>This terminal is out of order. Please ask our staff for help.</source>
        <translation>Dieses Terminal ist zurzeit außer Betrieb. Bitte wenden Sie sich an unser Personal.</translation>
    </message>
</context>
<context>
    <name>bt::app::ResumeScreen</name>
    <message>
        <source>Continue a saved application</source>
        <extracomment>Home screen and title: open a form saved with &quot;Später fortsetzen&quot;.</extracomment>
        <translation>Gespeicherten Antrag fortsetzen</translation>
    </message>
    <message>
        <source>Type the code you were given when you saved your application. It is on your printout and looks like this: K7QM-X2PD-9RWT-H4NC. Capital or small letters do not matter.</source>
        <translation>Geben Sie den Code ein, den Sie beim Speichern Ihres Antrags bekommen haben. Er steht auf Ihrem Ausdruck und sieht so aus: K7QM-X2PD-9RWT-H4NC. Groß- oder Kleinbuchstaben spielen keine Rolle.</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX</source>
        <extracomment>Placeholder in the field for the resume code: four groups of four characters.</extracomment>
        <translation>XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Opening …</source>
        <extracomment>Opens the saved form with the code typed.</extracomment>
        <translation>Wird geöffnet …</translation>
    </message>
    <message>
        <source>Open my application</source>
        <translation>Meinen Antrag öffnen</translation>
    </message>
    <message>
        <source>This is not a code of this terminal. A code has 16 characters; it never contains 0, O, 1, I or L. Please compare it with your printout.</source>
        <extracomment>The resume code has characters that never occur in a code.</extracomment>
        <translation>Das ist kein Code dieses Terminals. Ein Code hat 16 Zeichen und enthält nie 0, O, 1, I oder L. Bitte vergleichen Sie ihn mit Ihrem Ausdruck.</translation>
    </message>
    <message>
        <source>One moment please, your application is being opened …</source>
        <extracomment>While the saved form is decrypted (takes about a second).</extracomment>
        <translation>Einen Moment bitte, Ihr Antrag wird geöffnet …</translation>
    </message>
    <message numerus="yes">
        <source>There is no saved application with this code. Please compare the code with your printout. Saved applications are deleted after %n days.</source>
        <translation>
            <numerusform>Zu diesem Code gibt es keinen gespeicherten Antrag. Bitte vergleichen Sie den Code mit Ihrem Ausdruck. Gespeicherte Anträge werden nach %n Tag gelöscht.</numerusform>
            <numerusform>Zu diesem Code gibt es keinen gespeicherten Antrag. Bitte vergleichen Sie den Code mit Ihrem Ausdruck. Gespeicherte Anträge werden nach %n Tagen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code is not right. Please compare it with your printout. You can try %n more time(s).</source>
        <extracomment>After a wrong code; the draft locks after five wrong tries.</extracomment>
        <translation>
            <numerusform>Der Code stimmt nicht. Bitte vergleichen Sie ihn mit Ihrem Ausdruck. Sie haben noch %n Versuch.</numerusform>
            <numerusform>Der Code stimmt nicht. Bitte vergleichen Sie ihn mit Ihrem Ausdruck. Sie haben noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>This application was locked because a wrong code was typed too often. Nobody can open it any more; it will be deleted. Please fill in the form again, or ask the staff at the counter for help.</source>
        <translation>Dieser Antrag wurde gesperrt, weil zu oft ein falscher Code eingegeben wurde. Niemand kann ihn mehr öffnen; er wird gelöscht. Bitte füllen Sie das Formular neu aus oder fragen Sie das Personal am Schalter.</translation>
    </message>
    <message numerus="yes">
        <source>This application was saved more than %n days ago and has been deleted. Please fill in the form again.</source>
        <translation>
            <numerusform>Dieser Antrag wurde vor mehr als %n Tag gespeichert und ist gelöscht. Bitte füllen Sie das Formular neu aus.</numerusform>
            <numerusform>Dieser Antrag wurde vor mehr als %n Tagen gespeichert und ist gelöscht. Bitte füllen Sie das Formular neu aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved applications cannot be opened at the moment. Please ask the staff at the counter.</source>
        <translation>Gespeicherte Anträge können gerade nicht geöffnet werden. Bitte fragen Sie das Personal am Schalter.</translation>
    </message>
    <message>
        <source>This application cannot be continued here, because its form has changed or is no longer offered at this terminal. Please ask the staff at the counter.</source>
        <translation>Dieser Antrag kann hier nicht fortgesetzt werden, weil sich sein Formular geändert hat oder an diesem Terminal nicht mehr angeboten wird. Bitte fragen Sie das Personal am Schalter.</translation>
    </message>
    <message>
        <source>Code of your saved application</source>
        <extracomment>Read out for the field the resume code is typed into.</extracomment>
        <translation>Code Ihres gespeicherten Antrags</translation>
    </message>
</context>
<context>
    <name>bt::app::ReviewScreen</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <extracomment>Heading of the page where a citizen checks every answer before going on.</extracomment>
        <translation>Bitte prüfen Sie Ihre Angaben</translation>
    </message>
    <message>
        <source>Touch &quot;Change&quot; to correct a part.</source>
        <translation>Tippen Sie auf „Ändern“, um einen Teil zu korrigieren.</translation>
    </message>
    <message>
        <source>No answers in this part.</source>
        <translation>In diesem Teil haben Sie nichts angegeben.</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>On the review page: go back to this part of the form to change it.</extracomment>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Continue later</source>
        <translation>Später fortsetzen</translation>
    </message>
</context>
<context>
    <name>bt::app::ServiceIndexScreen</name>
    <message>
        <source>All services from A to Z</source>
        <translation>Alle Leistungen von A bis Z</translation>
    </message>
    <message>
        <source>Services beginning with %1</source>
        <extracomment>Accessible name of a letter button in the A–Z list, e.g. &quot;Services beginning with B&quot;</extracomment>
        <translation>Leistungen mit %1</translation>
    </message>
</context>
<context>
    <name>bt::app::ServiceScreen</name>
    <message>
        <source>Official name: %1</source>
        <translation>Amtliche Bezeichnung: %1</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>Was ist das?</translation>
    </message>
    <message>
        <source>What do I need?</source>
        <translation>Was brauche ich?</translation>
    </message>
    <message>
        <source>Who can apply:</source>
        <translation>Wer kann das beantragen:</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Bitte bringen Sie mit:</translation>
    </message>
    <message>
        <source>Nothing in particular.</source>
        <translation>Nichts Besonderes.</translation>
    </message>
    <message>
        <source>What does it cost?</source>
        <translation>Was kostet es?</translation>
    </message>
    <message>
        <source>How long does it take?</source>
        <translation>Wie lange dauert es?</translation>
    </message>
    <message>
        <source>Who is responsible?</source>
        <translation>Wer ist zuständig?</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>How do I prove who I am?</source>
        <translation>Wie weise ich mich aus?</translation>
    </message>
    <message>
        <source>How do I get it done?</source>
        <translation>Wie erledige ich das?</translation>
    </message>
    <message>
        <source>Open it here at the terminal</source>
        <extracomment>On a service page: opens the authority&apos;s online service in the terminal&apos;s browser.</extracomment>
        <translation>Hier am Terminal öffnen</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt beginnen</translation>
    </message>
    <message>
        <source>Your saved application is open. Once you have proved who you are, you continue with your answers.</source>
        <extracomment>On the service page of a resumed draft, before the citizen has identified again.</extracomment>
        <translation>Ihr gespeicherter Antrag ist geöffnet. Sobald Sie sich ausgewiesen haben, geht es mit Ihren Angaben weiter.</translation>
    </message>
    <message>
        <source>Continue my application</source>
        <extracomment>On a service page: starts the form of the service here at the terminal.</extracomment>
        <translation>Antrag weiter ausfüllen</translation>
    </message>
</context>
<context>
    <name>bt::app::ServiceTexts</name>
    <message>
        <source>Free of charge.</source>
        <translation>Kostenlos.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Between %1 and %2, depending on your case.</source>
        <translation>Zwischen %1 und %2, je nach Fall.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <extracomment>%1 an amount of money, %2 the unit, e.g. &quot;2,00 € per page&quot;</extracomment>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>You do not need to prove who you are.</source>
        <translation>Sie müssen sich nicht ausweisen.</translation>
    </message>
    <message>
        <source>You sign in with a user name and password (a service account).</source>
        <translation>Sie melden sich mit Benutzername und Passwort an (Servicekonto).</translation>
    </message>
    <message>
        <source>You prove who you are securely, for example with your ID card or a service account with a second factor.</source>
        <translation>Sie weisen sich sicher aus, zum Beispiel mit dem Personalausweis oder einem Servicekonto mit zweitem Faktor.</translation>
    </message>
    <message>
        <source>You prove who you are with your ID card and its PIN.</source>
        <translation>Sie weisen sich mit Ihrem Personalausweis und Ihrer PIN aus.</translation>
    </message>
    <message>
        <source>You do this in person at the office responsible (see above).</source>
        <translation>Das erledigen Sie persönlich bei der zuständigen Stelle (siehe oben).</translation>
    </message>
    <message>
        <source>You can do this online, at home or on your phone: scan the code, or type the address %1</source>
        <translation>Das können Sie online erledigen, zu Hause oder mit dem Handy: Scannen Sie den Code oder geben Sie die Adresse ein: %1</translation>
    </message>
</context>
<context>
    <name>bt::app::SpokenText</name>
    <message>
        <source>toggle button</source>
        <extracomment>Spoken after the name of a button that has the focus.</extracomment>
        <translation>Umschalter</translation>
    </message>
    <message>
        <source>button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>angekreuzt</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht angekreuzt</translation>
    </message>
    <message>
        <source>choice</source>
        <extracomment>Spoken for one of several choices (a radio button or choice tile).</extracomment>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>Eingabefeld</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>How many characters a secret (a PIN) holds, e.g. &quot;Sterne: 6&quot;; the characters are never said.</extracomment>
        <translation>leer</translation>
    </message>
    <message>
        <source>stars: %1</source>
        <translation>Sterne: %1</translation>
    </message>
    <message>
        <source>selection list</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>list entry</source>
        <translation>Listeneintrag</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>bt::app::StartOverOverlay</name>
    <message>
        <source>Cancel and start over?</source>
        <translation>Abbrechen und neu beginnen?</translation>
    </message>
    <message>
        <source>Everything you have entered will be deleted.</source>
        <translation>Alles, was Sie eingegeben haben, wird gelöscht.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <extracomment>Start over: the button that throws away what was entered.</extracomment>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Keep my entries</source>
        <extracomment>Start over: the button that goes back to the entries, unchanged.</extracomment>
        <translation>Eingaben behalten</translation>
    </message>
</context>
<context>
    <name>bt::app::TopicScreen</name>
    <message>
        <source>For businesses: %1</source>
        <translation>Für Unternehmen: %1</translation>
    </message>
</context>
<context>
    <name>bt::forms::BoolEditor</name>
    <message>
        <source>Yes</source>
        <extracomment>The answer &quot;yes&quot; of a yes/no question in a form.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>The answer &quot;no&quot; of a yes/no question in a form.</extracomment>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>bt::forms::DateTimeEditor</name>
    <message>
        <source>Day</source>
        <extracomment>Caption above the day digits of a date field.</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Month</source>
        <extracomment>Caption above the month digits of a date field.</extracomment>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <extracomment>Caption above the year digits of a date field.</extracomment>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Hour</source>
        <extracomment>Caption above the hour digits of a time field.</extracomment>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Minute</source>
        <extracomment>Caption above the minute digits of a time field.</extracomment>
        <translation>Minute</translation>
    </message>
</context>
<context>
    <name>bt::forms::ErrorSummary</name>
    <message>
        <source>Please check these entries:</source>
        <extracomment>Heading of the box that lists what is wrong in a form step.</extracomment>
        <translation>Bitte prüfen Sie diese Angaben:</translation>
    </message>
</context>
<context>
    <name>bt::forms::FieldEditor</name>
    <message>
        <source>%1, required</source>
        <extracomment>Read out after a field&apos;s question when it must be answered, e.g. &quot;Familienname, Pflichtangabe&quot;.</extracomment>
        <translation>%1, Pflichtangabe</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Under a form field&apos;s question: the field must be filled in. Said in words, not only &quot;*&quot;.</extracomment>
        <translation>Pflichtangabe</translation>
    </message>
    <message>
        <source>Help on %1</source>
        <extracomment>Read out for the &quot;?&quot; button next to a form field.</extracomment>
        <translation>Hilfe zu %1</translation>
    </message>
    <message>
        <source>Filled in by the authority</source>
        <extracomment>Under a form field the form itself fills in; the citizen cannot change it.</extracomment>
        <translation>Von der Behörde vorgegeben</translation>
    </message>
</context>
<context>
    <name>bt::forms::FieldValidator</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>Bitte antworten Sie mit Ja oder Nein.</translation>
    </message>
    <message>
        <source>Please enter a date like 31.12.2024.</source>
        <translation>Bitte geben Sie ein Datum wie 31.12.2024 ein.</translation>
    </message>
    <message>
        <source>Please enter a date on or after %1.</source>
        <translation>Bitte geben Sie ein Datum ab dem %1 ein.</translation>
    </message>
    <message>
        <source>Please enter a date on or before %1.</source>
        <translation>Bitte geben Sie ein Datum bis zum %1 ein.</translation>
    </message>
    <message>
        <source>Please enter a time like 14:30.</source>
        <translation>Bitte geben Sie eine Uhrzeit wie 14:30 ein.</translation>
    </message>
    <message>
        <source>Please enter a date and time like 31.12.2024 14:30.</source>
        <translation>Bitte geben Sie Datum und Uhrzeit wie 31.12.2024 14:30 ein.</translation>
    </message>
    <message>
        <source>Please enter an amount in euros like 12,50.</source>
        <translation>Bitte geben Sie einen Betrag in Euro wie 12,50 ein.</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Bitte geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Bitte geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Please enter a value of at least %1.</source>
        <translation>Bitte geben Sie mindestens %1 ein.</translation>
    </message>
    <message>
        <source>Please enter a value of at most %1.</source>
        <translation>Bitte geben Sie höchstens %1 ein.</translation>
    </message>
    <message>
        <source>Please use Latin letters only.</source>
        <translation>Bitte verwenden Sie nur lateinische Buchstaben.</translation>
    </message>
    <message>
        <source>Please choose one of the options offered.</source>
        <translation>Bitte wählen Sie eine der angebotenen Möglichkeiten.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n character(s).</source>
        <translation>
            <numerusform>Bitte geben Sie mindestens %n Zeichen ein.</numerusform>
            <numerusform>Bitte geben Sie mindestens %n Zeichen ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please enter at most %n character(s).</source>
        <translation>
            <numerusform>Bitte geben Sie höchstens %n Zeichen ein.</numerusform>
            <numerusform>Bitte geben Sie höchstens %n Zeichen ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please check your entry: it does not have the expected form.</source>
        <translation>Bitte prüfen Sie Ihre Eingabe: Sie hat nicht die erwartete Form.</translation>
    </message>
</context>
<context>
    <name>bt::forms::FileEditor</name>
    <message>
        <source>Show this document at the counter</source>
        <extracomment>Shown for a document a form asks for, while the terminal cannot scan documents yet.</extracomment>
        <translation>Nachweis am Schalter vorlegen</translation>
    </message>
</context>
<context>
    <name>bt::forms::NumberEditor</name>
    <message>
        <source>%1, in euros</source>
        <extracomment>Read out after the question of an amount field, e.g. &quot;Jahresbruttobetrag, in Euro&quot;.</extracomment>
        <translation>%1, in Euro</translation>
    </message>
</context>
<context>
    <name>bt::forms::RepeatableList</name>
    <message>
        <source>Remove</source>
        <extracomment>Button that removes one entry of a repeated part of a form.</extracomment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <extracomment>Read out for the remove button, e.g. &quot;Kontakt, Eintrag 2 entfernen&quot;.</extracomment>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>No more than %n entries are possible here.</source>
        <extracomment>Under a repeated part of a form once the largest number of entries is reached.</extracomment>
        <translation>
            <numerusform>Mehr als %n Eintrag ist hier nicht möglich.</numerusform>
            <numerusform>Mehr als %n Einträge sind hier nicht möglich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <extracomment>Heading of one of several entries of a repeated part of a form, e.g. &quot;Eintrag 2: Kontakt&quot;.</extracomment>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Add another entry</source>
        <extracomment>Adds one more entry to a repeated part of a form (its title is shown above the entries).</extracomment>
        <translation>Noch einen Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Add another entry: %1</source>
        <extracomment>Read out for the add button, e.g. &quot;Noch einen Eintrag hinzufügen: Kontakt&quot;.</extracomment>
        <translation>Noch einen Eintrag hinzufügen: %1</translation>
    </message>
</context>
<context>
    <name>bt::forms::RuleEvaluator</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <source>Please fill in one of these parts.</source>
        <translation>Bitte füllen Sie einen dieser Teile aus.</translation>
    </message>
    <message>
        <source>The date must not be in the past.</source>
        <translation>Das Datum darf nicht in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <source>The date must not be before %1.</source>
        <translation>Das Datum darf nicht vor dem %1 liegen.</translation>
    </message>
    <message>
        <source>The date must not be in the future.</source>
        <translation>Das Datum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The date must not be after %1.</source>
        <translation>Das Datum darf nicht nach dem %1 liegen.</translation>
    </message>
</context>
<context>
    <name>bt::forms::SelectEditor</name>
    <message>
        <source>Nothing chosen yet.</source>
        <extracomment>Under a long list of choices: what the citizen has chosen, e.g. &quot;Ausgewählt: Deutschland&quot;.</extracomment>
        <translation>Noch nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>%1: filter the list</source>
        <extracomment>Read out for the filter line above a long list of choices, e.g. &quot;Staatsangehörigkeit: Liste filtern&quot;.</extracomment>
        <translation>%1: Liste filtern</translation>
    </message>
    <message>
        <source>Type the first letters to shorten the list:</source>
        <extracomment>Above the filter line of a long list of choices.</extracomment>
        <translation>Tippen Sie die ersten Buchstaben, um die Liste zu kürzen:</translation>
    </message>
    <message>
        <source>%1: clear the filter</source>
        <extracomment>Read out for the button beside the filter line of a long list, e.g. &quot;Staatsangehörigkeit: Filter löschen&quot;.</extracomment>
        <translation>%1: Filter löschen</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Button beside the filter line of a long list of choices: empties the line, the whole list shows again.</extracomment>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>bt::forms::StepView</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A line of the problem summary: the field&apos;s question, then what is wrong.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bt::widgets::AccessibilityOverlay</name>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Sehr groß</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Normale Farben</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Reading aids</source>
        <extracomment>Title of the overlay with text size, contrast and speech output.</extracomment>
        <translation>Lesehilfen</translation>
    </message>
</context>
<context>
    <name>bt::widgets::CountdownOverlay</name>
    <message numerus="yes">
        <source>For your privacy, everything you entered will be deleted in %n second(s).</source>
        <translation>
            <numerusform>Zu Ihrem Schutz wird alles, was Sie eingegeben haben, in %n Sekunde gelöscht.</numerusform>
            <numerusform>Zu Ihrem Schutz wird alles, was Sie eingegeben haben, in %n Sekunden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Ja, weiter</translation>
    </message>
</context>
<context>
    <name>bt::widgets::NumberPad</name>
    <message>
        <source>Delete</source>
        <extracomment>Number pad, read out for the key that deletes the last digit.</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Decimal comma</source>
        <extracomment>Number pad, read out for the decimal comma key.</extracomment>
        <translation>Dezimalkomma</translation>
    </message>
</context>
<context>
    <name>bt::widgets::OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <extracomment>On-screen keyboard, read out for the shift key: the next letter is upper case.</extracomment>
        <translation>Großbuchstabe</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>On-screen keyboard, read out for the backspace key.</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>On-screen keyboard: the space bar.</extracomment>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>On-screen keyboard: hides the keyboard.</extracomment>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>bt::widgets::QrCode</name>
    <message>
        <source>QR code for %1</source>
        <translation>QR-Code für %1</translation>
    </message>
</context>
<context>
    <name>bt::widgets::SpeechControls</name>
    <message>
        <source>Read aloud</source>
        <extracomment>Heading of the speech output controls in the reading aids.</extracomment>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Reading aloud is on</source>
        <translation>Vorlesen ist an</translation>
    </message>
    <message>
        <source>Reading aloud is off</source>
        <translation>Vorlesen ist aus</translation>
    </message>
    <message>
        <source>Repeat</source>
        <extracomment>Speech output: say the last text again.</extracomment>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Speech output: hold the voice, or let it go on.</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Volume %1 of %2</source>
        <extracomment>Speech output, e.g. &quot;Lautstärke 4 von 5&quot;.</extracomment>
        <translation>Lautstärke %1 von %2</translation>
    </message>
    <message>
        <source>Speed %1 of %2</source>
        <extracomment>Speech output, e.g. &quot;Tempo 3 von 5&quot;.</extracomment>
        <translation>Tempo %1 von %2</translation>
    </message>
</context>
<context>
    <name>bt::widgets::StatusIcon</name>
    <message>
        <source>Warning</source>
        <extracomment>Read out for the warning sign before a field&apos;s error message.</extracomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Read out for the padlock before why a field cannot be changed.</extracomment>
        <translation>Gesperrt</translation>
    </message>
</context>
</TS>
