<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Hindi for the buttons Qt draws itself (message boxes, dialog button boxes, the setup wizard). Qt ships no
     Hindi of its own; lupdate does not touch this file, as no source of the app holds these texts. -->
<TS version="2.1" language="hi">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>ठीक है</translation></message>
    <message><source>Save</source><translation>सहेजें</translation></message>
    <message><source>Save All</source><translation>सब सहेजें</translation></message>
    <message><source>Open</source><translation>खोलें</translation></message>
    <message><source>&amp;Yes</source><translation>हाँ(&amp;Y)</translation></message>
    <message><source>Yes to &amp;All</source><translation>सभी के लिए हाँ(&amp;A)</translation></message>
    <message><source>&amp;No</source><translation>नहीं(&amp;N)</translation></message>
    <message><source>N&amp;o to All</source><translation>सभी के लिए नहीं(&amp;O)</translation></message>
    <message><source>Abort</source><translation>रोकें</translation></message>
    <message><source>Retry</source><translation>फिर से कोशिश करें</translation></message>
    <message><source>Ignore</source><translation>अनदेखा करें</translation></message>
    <message><source>Close</source><translation>बंद करें</translation></message>
    <message><source>Cancel</source><translation>रद्द करें</translation></message>
    <message><source>Discard</source><translation>छोड़ दें</translation></message>
    <message><source>Help</source><translation>सहायता</translation></message>
    <message><source>Apply</source><translation>लागू करें</translation></message>
    <message><source>Reset</source><translation>रीसेट करें</translation></message>
    <message><source>Restore Defaults</source><translation>मूल मान वापस लाएँ</translation></message>
</context>
<context>
    <name>QWizard</name>
    <message><source>&lt; &amp;Back</source><translation>&lt; पीछे(&amp;B)</translation></message>
    <message><source>&amp;Next &gt;</source><translation>आगे(&amp;N) &gt;</translation></message>
    <message><source>&amp;Finish</source><translation>समाप्त(&amp;F)</translation></message>
    <message><source>Cancel</source><translation>रद्द करें</translation></message>
    <message><source>&amp;Help</source><translation>सहायता(&amp;H)</translation></message>
    <message><source>Help</source><translation>सहायता</translation></message>
    <message><source>Go Back</source><translation>पीछे जाएँ</translation></message>
    <message><source>Continue</source><translation>जारी रखें</translation></message>
    <message><source>Commit</source><translation>पक्का करें</translation></message>
    <message><source>Done</source><translation>हो गया</translation></message>
</context>
</TS>
