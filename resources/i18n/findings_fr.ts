<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>Findings</name>
    <message>
      <location filename="../../inspector/analysis/__init__.py" line="51" />
      <source>Part of the analysis could not run</source>
      <translation>Une partie de l'analyse n'a pas pu s'exécuter</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/__init__.py" line="52" />
      <source>One of the checks stopped on something unexpected in this message, so the report may be incomplete. The other checks ran normally.</source>
      <translation>L'une des vérifications s'est arrêtée sur un élément inattendu de ce message ; le rapport peut donc être incomplet. Les autres vérifications se sont déroulées normalement.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender_context.py" line="30" />
      <source>Innocent explanations:</source>
      <translation>Explications innocentes possibles :</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="28" />
      <source>Nothing in this message tries to track you or hide who sent it.</source>
      <translation>Rien dans ce message ne cherche à vous pister ni à cacher qui l'a envoyé.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="52" />
      <source>This message is damaged or unusual in form; it was analysed as far as possible.</source>
      <translation>Ce message est endommagé ou de forme inhabituelle ; il a été analysé autant que possible.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="36" />
      <source>This message contains a tracking element ({hosts}) that would tell the sender when you opened it and from where</source>
      <translation>Ce message contient un élément de pistage ({hosts}) qui indiquerait à l'expéditeur quand vous l'avez ouvert et d'où</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="39" />
      <source>This message contains a tracking element that would tell the sender when you opened it and from where</source>
      <translation>Ce message contient un élément de pistage qui indiquerait à l'expéditeur quand vous l'avez ouvert et d'où</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="44" />
      <source>This message contains {count} tracking elements ({hosts}) that would tell the sender when you opened it and from where</source>
      <translation>Ce message contient {count} éléments de pistage ({hosts}) qui indiqueraient à l'expéditeur quand vous l'avez ouvert et d'où</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="47" />
      <source>This message contains {count} tracking elements that would tell the sender when you opened it and from where</source>
      <translation>Ce message contient {count} éléments de pistage qui indiqueraient à l'expéditeur quand vous l'avez ouvert et d'où</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="50" />
      <source>, and that it was you.</source>
      <translation>, et que c'était vous.</translation>
    </message>
  </context>
</TS>
