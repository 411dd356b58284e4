<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
  <context>
    <name>Findings</name>
    <message>
      <location filename="../../inspector/analysis/__init__.py" line="51" />
      <source>Part of the analysis could not run</source>
      <translation>Een deel van de analyse kon niet worden uitgevoerd</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/__init__.py" line="52" />
      <source>One of the checks stopped on something unexpected in this message, so the report may be incomplete. The other checks ran normally.</source>
      <translation>Een van de controles stopte bij iets onverwachts in dit bericht, dus het rapport kan onvolledig zijn. De andere controles liepen normaal.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender_context.py" line="30" />
      <source>Innocent explanations:</source>
      <translation>Onschuldige verklaringen:</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="28" />
      <source>Nothing in this message tries to track you or hide who sent it.</source>
      <translation>Niets in dit bericht probeert u te volgen of te verbergen wie het verstuurde.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="52" />
      <source>This message is damaged or unusual in form; it was analysed as far as possible.</source>
      <translation>Dit bericht is beschadigd of ongewoon van vorm; het werd zo ver mogelijk geanalyseerd.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="36" />
      <source>This message contains a tracking element ({hosts}) that would tell the sender when you opened it and from where</source>
      <translation>Dit bericht bevat een volgelement ({hosts}) dat de afzender zou vertellen wanneer en van waar u het opende</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="39" />
      <source>This message contains a tracking element that would tell the sender when you opened it and from where</source>
      <translation>Dit bericht bevat een volgelement dat de afzender zou vertellen wanneer en van waar u het opende</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="44" />
      <source>This message contains {count} tracking elements ({hosts}) that would tell the sender when you opened it and from where</source>
      <translation>Dit bericht bevat {count} volgelementen ({hosts}) die de afzender zouden vertellen wanneer en van waar u het opende</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="47" />
      <source>This message contains {count} tracking elements that would tell the sender when you opened it and from where</source>
      <translation>Dit bericht bevat {count} volgelementen die de afzender zouden vertellen wanneer en van waar u het opende</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="50" />
      <source>, and that it was you.</source>
      <translation>, en dat u het was.</translation>
    </message>
  </context>
</TS>
