<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
