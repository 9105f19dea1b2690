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
    <name>bt::app::HeaderBar</name>
    <message>
        <source>Text size &amp;&amp; contrast</source>
        <translation>Schriftgröße &amp;&amp; Kontrast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
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
        <source>Touch a topic to see what you can do here. “Back” returns to the previous page. “Cancel and start over” deletes everything you have entered. At the top you can change the language, the text size and the contrast.</source>
        <translation>Tippen Sie auf ein Thema, um zu sehen, was Sie hier erledigen können. „Zurück“ führt zur vorigen Seite. „Abbrechen und neu beginnen“ löscht alles, was Sie eingegeben haben. Oben können Sie Sprache, Schriftgröße und Kontrast ändern.</translation>
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
</context>
<context>
    <name>bt::app::HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie erledigen?</translation>
    </message>
    <message>
        <source>Choose a topic. Text size, contrast and language can be changed at the top at any time.</source>
        <translation>Wählen Sie ein Thema. Schriftgröße, Kontrast und Sprache können Sie jederzeit oben ändern.</translation>
    </message>
</context>
<context>
    <name>bt::app::KioskWindow</name>
    <message>
        <source>Cancel and start over?</source>
        <translation>Abbrechen und neu beginnen?</translation>
    </message>
    <message>
        <source>Everything you have entered will be deleted.</source>
        <translation>Alles, was Sie eingegeben haben, wird gelöscht.</translation>
    </message>
    <message>
        <source>Yes, delete everything</source>
        <translation>Ja, alles löschen</translation>
    </message>
    <message>
        <source>No, go on</source>
        <translation>Nein, weitermachen</translation>
    </message>
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
    <name>bt::app::TopicScreen</name>
    <message>
        <source>Life situations in this topic</source>
        <translation>Lebenslagen in diesem Thema</translation>
    </message>
    <message>
        <source>For businesses</source>
        <translation>Für Unternehmen</translation>
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
        <source>Text size and contrast</source>
        <translation>Schriftgröße und Kontrast</translation>
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
</TS>
