<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>bt::app::ResumeScreen</name>
    <message numerus="yes">
        <source>There is no saved application with this code. Please compare the code with your printout. Saved applications are deleted after %n days.</source>
        <translation>
            <numerusform>There is no saved application with this code. Please compare the code with your printout. Saved applications are deleted after %n day.</numerusform>
            <numerusform>There is no saved application with this code. Please compare the code with your printout. Saved applications are deleted after %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code is not right. Please compare it with your printout. You can try %n more time(s).</source>
        <extracomment>After a wrong code; the draft locks after five wrong tries.</extracomment>
        <translation>
            <numerusform>The code is not right. Please compare it with your printout. You can try %n more time.</numerusform>
            <numerusform>The code is not right. Please compare it with your printout. You can try %n more times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This application was saved more than %n days ago and has been deleted. Please fill in the form again.</source>
        <translation>
            <numerusform>This application was saved more than %n day ago and has been deleted. Please fill in the form again.</numerusform>
            <numerusform>This application was saved more than %n days ago and has been deleted. Please fill in the form again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bt::forms::FieldValidator</name>
    <message numerus="yes">
        <source>Please enter at least %n character(s).</source>
        <translation>
            <numerusform>Please enter at least %n character.</numerusform>
            <numerusform>Please enter at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please enter at most %n character(s).</source>
        <translation>
            <numerusform>Please enter at most %n character.</numerusform>
            <numerusform>Please enter at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bt::forms::RepeatableList</name>
    <message numerus="yes">
        <source>No more than %n entries are possible here.</source>
        <extracomment>Under a repeated part of a form once the largest number of entries is reached.</extracomment>
        <translation>
            <numerusform>No more than %n entry is possible here.</numerusform>
            <numerusform>No more than %n entries are possible here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bt::widgets::CountdownOverlay</name>
    <message numerus="yes">
        <source>For your privacy, everything you entered will be deleted in %n second(s).</source>
        <translation>
            <numerusform>For your privacy, everything you entered will be deleted in %n second.</numerusform>
            <numerusform>For your privacy, everything you entered will be deleted in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
