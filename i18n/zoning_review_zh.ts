<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/processing/provider.py" line="19"/>
        <source>Zoning Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="17"/>
        <source>Bind a rule set to a unit layer, then draw a candidate site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="56"/>
        <source>Show or hide the Zoning Review panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="67"/>
        <source>&amp;Zoning Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="23"/>
        <source>Zoning Review — ecological-environment zoning control</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
