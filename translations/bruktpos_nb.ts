<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../src/bruktpos/ui/main_window.py" line="14" />
      <source>BruktPOS</source>
      <translation>BruktPOS</translation>
    </message>
    <message>
      <location filename="../src/bruktpos/ui/main_window.py" line="21" />
      <source>No shop is set up in this database yet.</source>
      <translation>Denne databasen har ingen butikk ennå.</translation>
    </message>
    <message>
      <location filename="../src/bruktpos/ui/main_window.py" line="27" />
      <source>The database is ready: %1 items on the shelves, %2 sales recorded.</source>
      <translation>Databasen er klar: %1 varer i hyllene, %2 salg registrert.</translation>
    </message>
    <message>
      <location filename="../src/bruktpos/ui/main_window.py" line="38" />
      <source>The till screen comes in the next version. For now, this window shows that all is well.</source>
      <translation>Kasseskjermen kommer i neste versjon. Foreløpig viser dette vinduet at alt er i orden.</translation>
    </message>
    <message>
      <location filename="../src/bruktpos/ui/main_window.py" line="46" />
      <source>Close</source>
      <translation>Lukk</translation>
    </message>
  </context>
</TS>