<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AboutScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="59"/>
        <source>About BruktPOS</source>
        <translation>Om BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="64"/>
        <source>If something goes wrong, the person who helps the shop with computers needs what is written here. “Copy troubleshooting info” copies it together with the last lines of the log, ready to paste into an e-mail.</source>
        <translation>Hvis noe går galt, trenger den som hjelper butikken med datamaskinene, det som står her. «Kopier feilsøkingsinfo» kopierer det sammen med de siste linjene i loggen, klart til å limes inn i en e-post.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="76"/>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="77"/>
        <source>Shop and till</source>
        <translation>Butikk og kasse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="78"/>
        <source>Shop database</source>
        <translation>Butikkens database</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="79"/>
        <source>Log folder</source>
        <translation>Loggmappe</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="80"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="81"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="82"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="95"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="99"/>
        <source>Copy troubleshooting info</source>
        <translation>Kopier feilsøkingsinfo</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="121"/>
        <source>Copied. Paste it into an e-mail to the person who helps you with the till.</source>
        <translation>Kopiert. Lim det inn i en e-post til den som hjelper dere med kassa.</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="84"/>
        <source>Add a person</source>
        <translation>Legg til person</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="89"/>
        <source>Name, as it will show on the login screen:</source>
        <translation>Navn, slik det skal stå på innloggingsskjermen:</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="94"/>
        <source>For example Kari or Kari H.</source>
        <translation>For eksempel Kari eller Kari H.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="98"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="104"/>
        <source>Next: the PIN</source>
        <translation>Neste: PIN-koden</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="104"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="421"/>
        <source>The first administrator</source>
        <translation>Den første administratoren</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="423"/>
        <source>The administrator adds the shop’s people and may do everything at the till.</source>
        <translation>Administratoren legger inn alle som jobber i butikken, og kan gjøre alt i kassa.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="435"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="436"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN-kode (4 til 8 sifre)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="437"/>
        <source>PIN again</source>
        <translation>PIN-kode igjen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="440"/>
        <source>Choose a PIN only you know, and keep it to yourself.</source>
        <translation>Velg en PIN-kode som bare du kjenner, og ikke del den med andre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="449"/>
        <source>Type the administrator’s name to go on.</source>
        <translation>Skriv inn navnet til administratoren for å gå videre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="451"/>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <translation>Velg en PIN-kode med 4 til 8 sifre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="453"/>
        <source>Type the PIN once more, to be sure it is right.</source>
        <translation>Skriv PIN-koden en gang til, så vi er sikre på at den er riktig.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="455"/>
        <source>The two PINs are not the same. Type the PIN again in the last field.</source>
        <translation>De to PIN-kodene er ikke like. Skriv PIN-koden på nytt i det siste feltet.</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="255"/>
        <source>Changing the label printer settings</source>
        <translation>Endring av innstillingene for etikettskriveren</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="262"/>
        <source>Changing the scale settings</source>
        <translation>Endring av innstillingene for vekta</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="284"/>
        <source>Changing the customer display</source>
        <translation>Endring av kundeskjermen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="315"/>
        <source>Changing the chapter hub settings</source>
        <translation>Endring av innstillingene for kretsens hub</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="323"/>
        <source>Looking at the reports</source>
        <translation>Å se rapportene</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="370"/>
        <source>Changing the categories</source>
        <translation>Endring av kategoriene</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="375"/>
        <source>Changing the products</source>
        <translation>Endring av produktene</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="390"/>
        <source>Changing who may use the till</source>
        <translation>Å endre hvem som kan bruke kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="416"/>
        <source>Changing the shop’s details</source>
        <translation>Å endre butikkens opplysninger</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="424"/>
        <source>Adding a register</source>
        <translation>Å legge til en kasse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="431"/>
        <source>Changing the printer settings</source>
        <translation>Endring av skriverinnstillingene</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="441"/>
        <source>Changing the discount limit</source>
        <translation>Endring av rabattgrensen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="458"/>
        <source>Looking at the troubleshooting info</source>
        <translation>Å se feilsøkingsinfoen</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../src/bruktpos/ui/till/cart_model.py" line="23"/>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/cart_model.py" line="24"/>
        <source>Qty</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/cart_model.py" line="25"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/cart_model.py" line="26"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/cart_model.py" line="27"/>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="67"/>
        <location filename="../src/bruktpos/ui/day/movement.py" line="75"/>
        <source>Money in or out of the drawer</source>
        <translation>Penger inn i eller ut av kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="91"/>
        <source>Pay-in</source>
        <translation>Innskudd</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="92"/>
        <source>Pay-out</source>
        <translation>Uttak</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="93"/>
        <source>Bank deposit</source>
        <translation>Bankinnskudd</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="113"/>
        <source>Reason</source>
        <translation>Grunn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="126"/>
        <source>Or write the reason here</source>
        <translation>Eller skriv grunnen her</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="134"/>
        <source>Record</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="141"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="151"/>
        <source>Change for the drawer</source>
        <translation>Veksel til kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="151"/>
        <source>Money back from a purchase</source>
        <translation>Penger tilbake fra et innkjøp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="153"/>
        <source>To the bank</source>
        <translation>Til banken</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="153"/>
        <source>To the safe</source>
        <translation>Til safen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="155"/>
        <source>Milk for the café</source>
        <translation>Melk til kafeen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="156"/>
        <source>Coffee and filters</source>
        <translation>Kaffe og filtre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="157"/>
        <source>Cleaning supplies</source>
        <translation>Vaskemidler</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="158"/>
        <source>Postage</source>
        <translation>Porto</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="166"/>
        <source>Money put into the drawer, for example change from the bank.</source>
        <translation>Penger som legges i kasseskuffen, for eksempel veksel fra banken.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="167"/>
        <source>Money taken out to pay for something. Keep the receipt.</source>
        <translation>Penger som tas ut for å betale noe. Ta vare på kvitteringen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="168"/>
        <source>Cash taken out of the drawer to go to the bank or the safe.</source>
        <translation>Kontanter som tas ut av kasseskuffen og skal i banken eller safen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="199"/>
        <source>Type the amount on the keys first, then tap Record.</source>
        <translation>Skriv beløpet på tastene først, og trykk så på Registrer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="201"/>
        <location filename="../src/bruktpos/ui/day/movement.py" line="214"/>
        <source>Tap a reason or write one, then tap Record.</source>
        <translation>Trykk på en grunn eller skriv en selv, og trykk så på Registrer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="231"/>
        <source>Nothing was recorded: a shop leader must approve this.</source>
        <translation>Ingenting ble registrert. En butikkleder må godkjenne dette.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="244"/>
        <source>Putting money into the drawer</source>
        <translation>Innskudd i kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="245"/>
        <source>Taking money out of the drawer</source>
        <translation>Uttak fra kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="246"/>
        <source>Taking money to the bank</source>
        <translation>Bankinnskudd</translation>
    </message>
</context>
<context>
    <name>CatalogueList</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="280"/>
        <source>Edit</source>
        <translation>Endre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="281"/>
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="282"/>
        <source>Earlier on the till</source>
        <translation>Lenger fram i kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="283"/>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="284"/>
        <source>Later on the till</source>
        <translation>Lenger bak i kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="286"/>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="411"/>
        <source>Retire</source>
        <translation>Ta ut av bruk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="289"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="411"/>
        <source>Bring back</source>
        <translation>Ta i bruk igjen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="437"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CategoriesScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="70"/>
        <source>Café</source>
        <translation>Kafé</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="71"/>
        <source>Shop goods</source>
        <translation>Butikkvarer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="271"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="273"/>
        <source>The till&apos;s category buttons, in their order. Tap a category, then what to do. Nothing is deleted: a category that stops is retired, and its old sales keep its name.</source>
        <translation>Kassas kategoriknapper, i den rekkefølgen de står. Trykk på en kategori, så på det du vil gjøre. Ingenting slettes: en kategori som ikke brukes lenger, tas ut av bruk, og gamle salg beholder navnet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="277"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="278"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="279"/>
        <source>Default price</source>
        <translation>Standardpris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="280"/>
        <source>Quick prices</source>
        <translation>Hurtigpriser</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="281"/>
        <source>VAT</source>
        <translation>MVA</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="282"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="290"/>
        <source>Products …</source>
        <translation>Produkter …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="293"/>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="318"/>
        <source>Add a category</source>
        <translation>Legg til kategori</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="305"/>
        <source>Active</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="305"/>
        <source>Retired</source>
        <translation>Ute av bruk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="320"/>
        <source>%1 is added. It is on the till now.</source>
        <translation>%1 er lagt til og er i kassa nå.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="328"/>
        <source>Change %1</source>
        <translation>Endre %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="333"/>
        <source>%1 is saved.</source>
        <translation>%1 er lagret.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="353"/>
        <source>Retire %1? It will no longer be on the till or in the back room. Items already labelled can still be sold, reports keep its name, and you can bring it back later.</source>
        <translation>Ta %1 ut av bruk? Den blir borte fra kassa og bakrommet. Varer som allerede er merket, kan fortsatt selges, rapportene beholder navnet, og du kan ta den i bruk igjen senere.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="358"/>
        <source>Retire</source>
        <translation>Ta ut av bruk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="362"/>
        <source>%1 is retired.</source>
        <translation>%1 er tatt ut av bruk.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="365"/>
        <source>%1 is back on the till, last.</source>
        <translation>%1 er tilbake i kassa, som siste knapp.</translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="125"/>
        <source>Category mix: net sales over all shops (kr)</source>
        <translation>Kategorier: nettosalg i alle butikkene (kr)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="131"/>
        <source>Other categories</source>
        <translation>Andre kategorier</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="133"/>
        <source>Net sales</source>
        <translation>Nettosalg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="141"/>
        <source>No sales</source>
        <translation>Ingen salg</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="119"/>
        <source>For example Klær dame</source>
        <translation>For eksempel Klær dame</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="121"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="133"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="137"/>
        <source>kroner, for example 49,50 (empty: none)</source>
        <translation>kroner, for eksempel 49,50 (tomt: ingen)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="140"/>
        <source>Default price</source>
        <translation>Standardpris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="144"/>
        <source>for example 20, 50, 100</source>
        <translation>for eksempel 20, 50, 100</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="147"/>
        <source>Quick prices</source>
        <translation>Hurtigpriser</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="159"/>
        <source>VAT</source>
        <translation>MVA</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="162"/>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="166"/>
        <source>none; for example 28:30,56:50;pull:84</source>
        <translation>ingen; for eksempel 28:30,56:50;pull:84</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="171"/>
        <source>Written as days:percent, and when to take the item down: 28:30,56:50;pull:84 is 30 % off after 4 weeks, 50 % after 8, down after 12.</source>
        <translation>Skrives som dager:prosent, og når varen skal tas ned: 28:30,56:50;pull:84 er 30 % nedprising etter 4 uker, 50 % etter 8 og ned fra hylla etter 12.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="175"/>
        <source>Markdown</source>
        <translation>Nedprising</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="178"/>
        <source>One price tag for many alike things</source>
        <translation>Én prislapp for mange like ting</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="179"/>
        <source>One price tag for many identical things, not a label each</source>
        <translation>Én prislapp for mange like ting, ikke en etikett hver</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="183"/>
        <source>for example 30</source>
        <translation>for eksempel 30</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="190"/>
        <source>When one row of a donation weighs more than this, the donation screen asks “Is that right?” before saving: 960 g typed as 960 kg would skew the month’s kilos. Empty: never asked.</source>
        <translation>Når én rad i en gave veier mer enn dette, spør gaveskjermen «Er det riktig?» før den lagrer: 960 g skrevet som 960 kg ville gi feil kilo for hele måneden. Tomt: spør aldri.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="202"/>
        <source>Price tags</source>
        <translation>Prislapper</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="199"/>
        <source>Most kg in one entry</source>
        <translation>Høyst kg i én rad</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="210"/>
        <source>Prices are in kroner, for example 49,50. Quick prices are the till&apos;s ready-made price buttons, separated by a comma and a space: 20, 50, 100.</source>
        <translation>Prisene skrives i kroner, for eksempel 49,50. Hurtigpriser er kassas ferdige prisknapper, skilt med komma og mellomrom: 20, 50, 100.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="214"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="214"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ChapterTemplate</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="23"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="24"/>
        <source>kind (goods or café)</source>
        <translation>type (varer eller kafé)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="25"/>
        <source>default price</source>
        <translation>standardpris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="26"/>
        <source>quick prices</source>
        <translation>hurtigpriser</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="27"/>
        <source>VAT</source>
        <translation>MVA</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="28"/>
        <source>colour</source>
        <translation>farge</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="29"/>
        <source>markdown</source>
        <translation>nedprising</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="30"/>
        <source>price tags</source>
        <translation>prislapper</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="31"/>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="32"/>
        <source>price</source>
        <translation>pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="33"/>
        <source>barcode</source>
        <translation>strekkode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="34"/>
        <source>stock count</source>
        <translation>lagertelling</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="42"/>
        <source>New category: %1</source>
        <translation>Ny kategori: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="43"/>
        <source>The category %1 is changed: %2</source>
        <translation>Kategorien %1 endres: %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="44"/>
        <source>The category %1 is taken out of use</source>
        <translation>Kategorien %1 tas ut av bruk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="45"/>
        <source>The category %1 is taken into use again</source>
        <translation>Kategorien %1 tas i bruk igjen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="46"/>
        <source>New product: %1</source>
        <translation>Nytt produkt: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="47"/>
        <source>The product %1 is changed: %2</source>
        <translation>Produktet %1 endres: %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="48"/>
        <source>The product %1 is taken out of use</source>
        <translation>Produktet %1 tas ut av bruk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="49"/>
        <source>The product %1 is taken into use again</source>
        <translation>Produktet %1 tas i bruk igjen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="50"/>
        <source>The till&apos;s category buttons are put in the chapter&apos;s order</source>
        <translation>Kassas kategoriknapper settes i kretsens rekkefølge</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="68"/>
        <source>The chapter&apos;s set-up</source>
        <translation>Kretsens oppsett</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="76"/>
        <source>The chapter&apos;s set-up, version %1, published by %2 on %3. Importing it makes these changes in this shop. Nothing is deleted, and old sales keep their names.</source>
        <translation>Kretsens oppsett, versjon %1, lagt ut av %2 (%3). Henter du det inn, blir dette endret i butikken. Ingenting slettes, og gamle salg beholder navnene sine.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="94"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="99"/>
        <source>Add and change</source>
        <translation>Legg til og endre</translation>
    </message>
</context>
<context>
    <name>CloseDayScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="135"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="137"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="139"/>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="143"/>
        <source>Take Z report</source>
        <translation>Ta Z-rapport</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="147"/>
        <source>Finish</source>
        <translation>Fullfør</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="215"/>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="236"/>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="595"/>
        <source>Counted</source>
        <translation>Opptalt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="237"/>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="596"/>
        <source>Expected by the till</source>
        <translation>Forventet av kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="238"/>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="597"/>
        <source>Difference</source>
        <translation>Differanse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="264"/>
        <source>Wrong change given</source>
        <translation>Gitt feil vekslepenger</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="265"/>
        <source>Money out without a receipt</source>
        <translation>Penger tatt ut uten kvittering</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="266"/>
        <source>Not known</source>
        <translation>Ukjent årsak</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="276"/>
        <source>A short note on what may have happened</source>
        <translation>En kort merknad om hva som kan ha skjedd</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="280"/>
        <source>Shop leader approves</source>
        <translation>Butikkleder godkjenner</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="292"/>
        <source>Second person confirms the count</source>
        <translation>En annen person bekrefter tellingen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="382"/>
        <source>Close the day: count the drawer</source>
        <translation>Avslutt dagen: tell kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="383"/>
        <source>Counted and expected</source>
        <translation>Opptalt og forventet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="384"/>
        <source>Card terminal and Vipps</source>
        <translation>Kortterminal og Vipps</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="385"/>
        <source>Take the Z report</source>
        <translation>Ta Z-rapporten</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="386"/>
        <source>The day is closed</source>
        <translation>Dagen er avsluttet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="390"/>
        <source>Count every coin and note in the drawer: tap + for each, or type the number. The till shows what it expects after you have counted.</source>
        <translation>Tell alle mynter og sedler i kasseskuffen: trykk på + for hver av dem, eller skriv inn antallet. Kassa viser hva den forventer når du har telt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="393"/>
        <source>Here is what the till expected. Check the difference before you go on.</source>
        <translation>Her er det kassa forventet. Sjekk differansen før du går videre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="395"/>
        <source>Print the batch total on the card terminal and look up the day&apos;s Vipps settlement, then type both here. Tap a line to type its amount.</source>
        <translation>Skriv ut avstemmingen på kortterminalen og finn dagens Vipps-oppgjør, og skriv så inn begge her. Trykk på en linje for å skrive inn beløpet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="398"/>
        <source>Check the figures. Back still changes anything; the Z report ends the day.</source>
        <translation>Sjekk tallene. Med Tilbake kan du fortsatt endre alt. Z-rapporten avslutter dagen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="404"/>
        <source>Step %1 of %2</source>
        <translation>Trinn %1 av %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="461"/>
        <source>Write a short note on why the count changed first.</source>
        <translation>Skriv først en kort merknad om hvorfor tellingen endret seg.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="467"/>
        <source>Counting the drawer again</source>
        <translation>Omtelling av kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="471"/>
        <source>The new count was not stored: counting again needs someone to approve it.</source>
        <translation>Den nye tellingen ble ikke lagret: noen må godkjenne omtellingen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="512"/>
        <source>That is more than the %1 the shop allows. Count once more; if it stays, write a short note and ask a shop leader to approve.</source>
        <translation>Det er mer enn de %1 butikken tillater. Tell én gang til. Står differansen seg, skriver du en kort merknad og ber en butikkleder godkjenne.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="521"/>
        <source>✓ Approved by %1</source>
        <translation>✓ Godkjent av %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="525"/>
        <source>✓ Confirmed by %1</source>
        <translation>✓ Bekreftet av %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="530"/>
        <source>The drawer is right.</source>
        <translation>Kasseskuffen stemmer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="532"/>
        <source>The drawer is %1 short.</source>
        <translation>Det mangler %1 i kasseskuffen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="533"/>
        <source>There is %1 too much in the drawer.</source>
        <translation>Det er %1 for mye i kasseskuffen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="539"/>
        <source>Write a short note on the difference first.</source>
        <translation>Skriv en kort merknad om differansen først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="543"/>
        <source>A shop leader must approve the difference first.</source>
        <translation>En butikkleder må godkjenne differansen først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="547"/>
        <source>A second person must confirm the count first.</source>
        <translation>En annen person må bekrefte tellingen først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="552"/>
        <source>A difference in the drawer</source>
        <translation>En differanse i kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="593"/>
        <source>First count</source>
        <translation>Første telling</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="600"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="602"/>
        <source>Approved by</source>
        <translation>Godkjent av</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="604"/>
        <source>Count confirmed by</source>
        <translation>Telling bekreftet av</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="606"/>
        <source>Card terminal</source>
        <translation>Kortterminal</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="607"/>
        <source>Vipps settlement</source>
        <translation>Vipps-oppgjør</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="630"/>
        <source>Nothing was closed. Take the Z report when you are ready.</source>
        <translation>Ingenting ble avsluttet. Ta Z-rapporten når du er klar.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="644"/>
        <source>Taking the Z report …</source>
        <translation>Tar Z-rapporten …</translation>
    </message>
</context>
<context>
    <name>CoordinatorTables</name>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="44"/>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="45"/>
        <source>Net sales</source>
        <translation>Nettosalg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="46"/>
        <source>Last year</source>
        <translation>I fjor</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="47"/>
        <source>Change %</source>
        <translation>Endring %</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="48"/>
        <source>Receipts</source>
        <translation>Kvitteringer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="49"/>
        <source>Kg in</source>
        <translation>Kg inn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="50"/>
        <source>Cash difference</source>
        <translation>Kassedifferanse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="51"/>
        <source>Last sync</source>
        <translation>Sist sendt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="105"/>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="207"/>
        <source>The change counts only the %1 of %2 shops that sent figures for this period and for the same days last year.</source>
        <translation>Endringen gjelder bare de %1 av %2 butikkene som sendte tall for denne perioden og for de samme dagene i fjor.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="234"/>
        <source>Not heard from in two days</source>
        <translation>Ikke hørt fra på to dager</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="235"/>
        <source>A cash difference above the limit on at least one day</source>
        <translation>En kassedifferanse over grensen minst én dag</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="252"/>
        <source>Like for like (%1 of %2)</source>
        <translation>Sammenlignbare (%1 av %2)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="261"/>
        <source>Chapter total</source>
        <translation>Hele kretsen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="332"/>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="335"/>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="390"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="432"/>
        <source>Chapter</source>
        <translation>Kretsen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="463"/>
        <source>%n item(s) sold</source>
        <translation>Varer solgt: %n</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="101"/>
        <source>BruktPOS — chapter overview</source>
        <translation>BruktPOS — oversikt over kretsen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="131"/>
        <source>Shops</source>
        <translation>Butikker</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="134"/>
        <source>Day by day</source>
        <translation>Dag for dag</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="136"/>
        <source>Sales over time</source>
        <translation>Salg over tid</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="138"/>
        <source>Category mix</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="140"/>
        <source>Kilos</source>
        <translation>Kilo</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="143"/>
        <source>Median days from intake to sale, per shop and category</source>
        <translation>Omløpstid: median dager fra mottak til salg, per butikk og kategori</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="144"/>
        <source>Sell-through</source>
        <translation>Omløpstid</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="168"/>
        <source>Monthly report (PDF)</source>
        <translation>Månedsrapport (PDF)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="172"/>
        <source>Monthly report (CSV)</source>
        <translation>Månedsrapport (CSV)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="173"/>
        <source>The monthly report as a file for a spreadsheet</source>
        <translation>Månedsrapporten som en fil for regneark</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="188"/>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="189"/>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="190"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="204"/>
        <source>The period before</source>
        <translation>Perioden før</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="212"/>
        <source>The period after</source>
        <translation>Perioden etter</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="234"/>
        <source>All shops heard from, no big cash differences.</source>
        <translation>Alle butikkene har meldt seg, ingen store kassedifferanser.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="238"/>
        <source>Flag cash
differences over</source>
        <translation>Merk kasse-
differanser over</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="278"/>
        <source>Week %1, %2</source>
        <translation>Uke %1, %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="320"/>
        <source>Reading the chapter&apos;s figures …</source>
        <translation>Leser tallene for kretsen …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="339"/>
        <source>No shop has sent anything to this hub yet.</source>
        <translation>Ingen butikk har sendt noe til denne huben ennå.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="365"/>
        <source>The hub could not be read. Check the network and the hub address, then press ◀ or ▶ to try again.</source>
        <translation>Huben kunne ikke leses. Sjekk nettverket og adressen til huben, og trykk så på ◀ eller ▶ for å prøve igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="385"/>
        <source>Not heard from in two days (%1): %2</source>
        <translation>Ikke hørt fra på to dager (%1): %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="399"/>
        <source>and %1 more</source>
        <translation>og %1 til</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="401"/>
        <source>Cash differences above %1: %2</source>
        <translation>Kassedifferanser over %1: %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="467"/>
        <source>Writing the monthly report …</source>
        <translation>Skriver månedsrapporten …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="472"/>
        <source>The monthly report was saved as %1.</source>
        <translation>Månedsrapporten er lagret som %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="480"/>
        <source>The report could not be written. Check that the folder exists and that the hub can be reached, then try again.</source>
        <translation>Rapporten kunne ikke skrives. Sjekk at mappen finnes og at huben kan nås, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="487"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="487"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="488"/>
        <source>Save the monthly report</source>
        <translation>Lagre månedsrapporten</translation>
    </message>
</context>
<context>
    <name>CountWidget</name>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="148"/>
        <source>Coins</source>
        <translation>Mynter</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="152"/>
        <source>Notes</source>
        <translation>Sedler</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="157"/>
        <source>Counted in total</source>
        <translation>Opptalt i alt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="184"/>
        <source>One %1 fewer</source>
        <translation>%1: én færre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="194"/>
        <source>Number of %1</source>
        <translation>Antall %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="203"/>
        <source>One %1 more</source>
        <translation>%1: én til</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="70"/>
        <source>Screen without a name</source>
        <translation>Skjerm uten navn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="101"/>
        <source>Customer display</source>
        <translation>Kundeskjerm</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="111"/>
        <source>TRAINING MODE — this is not a real sale</source>
        <translation>TRENINGSMODUS – dette er ikke et ekte kjøp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="139"/>
        <source>Welcome to</source>
        <translation>Velkommen til</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="173"/>
        <source>To pay</source>
        <translation>Å betale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="194"/>
        <source>Thank you for shopping with us!</source>
        <translation>Takk for handelen!</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="267"/>
        <source>Cash rounding</source>
        <translation>Øreavrunding</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="274"/>
        <source>Change</source>
        <translation>Vekslepenger</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="277"/>
        <source>Left to pay</source>
        <translation>Igjen å betale</translation>
    </message>
</context>
<context>
    <name>CustomerDisplayLink</name>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="391"/>
        <source>The customer display is set to show on %1, and that screen is not connected, so the display is off. Connect the screen and it comes back, or choose another under Menu → Set-up → Customer display.</source>
        <translation>Kundeskjermen skal vises på %1, men den skjermen er ikke koblet til, så kundeskjermen er av. Koble til skjermen, så kommer den tilbake, eller velg en annen under Meny → Oppsett → Kundeskjerm.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="403"/>
        <source>The customer display is set to show on %1, but the till itself is on that screen, so the display is off (it would cover the till). Move the till to the other screen, or choose another under Menu → Set-up → Customer display.</source>
        <translation>Kundeskjermen skal vises på %1, men kassa selv står på den skjermen, så kundeskjermen er av (den ville dekket kassa). Flytt kassa til den andre skjermen, eller velg en annen under Meny → Oppsett → Kundeskjerm.</translation>
    </message>
</context>
<context>
    <name>CustomerDisplaySettingsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="52"/>
        <source>Customer display</source>
        <translation>Kundeskjerm</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="57"/>
        <source>A second screen turned to the customer shows the sale’s lines, the total, what was paid and the change in large type, and a welcome between sales. It never takes the till’s keyboard or scanner. Connect the screen, then choose it here.</source>
        <translation>En ekstra skjerm vendt mot kunden viser varene, summen, hva som er betalt og vekslepengene med stor skrift, og en velkomst mellom salgene. Den tar aldri tastaturet eller skanneren fra kassa. Koble til skjermen, og velg den her.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="78"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="80"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="105"/>
        <source>Off: no customer display</source>
        <translation>Av: ingen kundeskjerm</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="110"/>
        <source>%1 (the till is on this screen)</source>
        <translation>%1 (kassa står på denne skjermen)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="117"/>
        <source>%1 (not connected now)</source>
        <translation>%1 (ikke koblet til nå)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="118"/>
        <source>The screen chosen before is not connected now.</source>
        <translation>Skjermen som var valgt, er ikke koblet til nå.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="154"/>
        <source>Saved. The customer display shows on %1 once that screen is connected.</source>
        <translation>Lagret. Kundeskjermen vises på %1 når den skjermen er koblet til.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="157"/>
        <source>Saved. The customer display shows on %1.</source>
        <translation>Lagret. Kundeskjermen vises på %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="159"/>
        <source>Saved. There is no customer display.</source>
        <translation>Lagret. Det er ingen kundeskjerm.</translation>
    </message>
</context>
<context>
    <name>DatesDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="29"/>
        <source>Choose dates</source>
        <translation>Velg datoer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="33"/>
        <source>Which days should the report show?</source>
        <translation>Hvilke dager skal rapporten vise?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="40"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="40"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="52"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="54"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="67"/>
        <source>The last day is before the first. Choose the dates again.</source>
        <translation>Den siste dagen er før den første. Velg datoene på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="70"/>
        <source>Choose at most three years at a time.</source>
        <translation>Velg høyst tre år om gangen.</translation>
    </message>
</context>
<context>
    <name>DayGate</name>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="221"/>
        <source>Open the day</source>
        <translation>Åpne dagen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="226"/>
        <source>Count and close that day</source>
        <translation>Tell opp og avslutt den dagen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="237"/>
        <source>The day is not open</source>
        <translation>Dagen er ikke åpnet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="238"/>
        <source>Count the float in the drawer and open the day before the first sale.</source>
        <translation>Tell vekselen i kasseskuffen og åpne dagen før det første salget.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="244"/>
        <source>Today is closed</source>
        <translation>Dagen i dag er avsluttet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="247"/>
        <source>The Z report for today is taken, so no more sales can be added to it. The till opens again tomorrow. To practise, switch on training mode in the menu.</source>
        <translation>Z-rapporten for i dag er tatt, så ingen flere salg kan legges til. Kassa åpner igjen i morgen. Vil du øve, kan du slå på treningsmodus i menyen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="256"/>
        <source>The day of %1 was not closed</source>
        <translation>Dagen %1 ble ikke avsluttet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="259"/>
        <source>Before today can start, count the drawer and take the Z report for that day. The money in the drawer belongs to it.</source>
        <translation>Før dagen i dag kan starte, må du telle kasseskuffen og ta Z-rapporten for den dagen. Pengene i kasseskuffen hører til den dagen.</translation>
    </message>
</context>
<context>
    <name>DayScreens</name>
    <message>
        <location filename="../src/bruktpos/ui/day/screens.py" line="193"/>
        <source>The day of %1 is already open. You can sell.</source>
        <translation>Dagen %1 er allerede åpnet. Du kan selge.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/screens.py" line="212"/>
        <source>The day is open with a float of %1. Good selling!</source>
        <translation>Dagen er åpnet med %1 i veksel. Lykke til med salget!</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/screens.py" line="235"/>
        <source>Pay-in of %1 recorded.</source>
        <translation>Innskudd på %1 er registrert.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/screens.py" line="236"/>
        <source>Bank deposit of %1 recorded.</source>
        <translation>Bankinnskudd på %1 er registrert.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/screens.py" line="237"/>
        <source>Pay-out of %1 recorded.</source>
        <translation>Uttak på %1 er registrert.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/screens.py" line="246"/>
        <source>An X report</source>
        <translation>En X-rapport</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="70"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="76"/>
        <source>Discount on %1</source>
        <translation>Rabatt på %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="89"/>
        <source>Or type the discount in kroner:</source>
        <translation>Eller skriv rabatten i kroner:</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="92"/>
        <source>Give discount</source>
        <translation>Gi rabatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="96"/>
        <source>No discount</source>
        <translation>Ingen rabatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="98"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DiscountRulesDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="49"/>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="52"/>
        <source>Discounts and approvals</source>
        <translation>Rabatt og godkjenning</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="63"/>
        <source>Discount limit (%)</source>
        <translation>Rabattgrense (%)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="65"/>
        <source>Discount limit (kr)</source>
        <translation>Rabattgrense (kr)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="67"/>
        <source>A cashier may take this much off a line alone; more, or kr 0, needs a shop leader.</source>
        <translation>Så mye rabatt kan en kasserer gi på én linje alene. Mer enn dette må godkjennes av en butikkleder; står det kr 0, må all rabatt godkjennes.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="70"/>
        <source>Nobody approves their own discount or difference</source>
        <translation>Ingen godkjenner sin egen rabatt eller differanse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="76"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="79"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>DonationCorrectionDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="57"/>
        <source>Correct a donation</source>
        <translation>Rett opp en gave</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="68"/>
        <source>Choose the donation, put its weights right and say why. What was registered first stays in the records; the correction is added to it.</source>
        <translation>Velg gaven, rett vektene og skriv hvorfor. Det som ble registrert først, blir stående; rettelsen legges til.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="82"/>
        <source>Add a row</source>
        <translation>Legg til en rad</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="87"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="91"/>
        <source>for example: 960 g, not 960 kg</source>
        <translation>for eksempel: 960 g, ikke 960 kg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="97"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="100"/>
        <source>Save the correction</source>
        <translation>Lagre rettelsen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="115"/>
        <source>%1 · %2 kg · %3</source>
        <translation>%1 · %2 kg · %3</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="121"/>
        <source>corrected</source>
        <translation>rettet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="129"/>
        <source>No donation has been registered yet.</source>
        <translation>Ingen gaver er registrert ennå. Registrer en gave først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="183"/>
        <source>Row %1: “%2” is not a weight. Type kilos, for example 2,5.</source>
        <translation>Rad %1: «%2» er ikke en vekt. Skriv kilo, for eksempel 2,5.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="193"/>
        <source>Nothing is different from what is registered. Change a weight first.</source>
        <translation>Ingenting er forskjellig fra det som er registrert. Endre en vekt først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="196"/>
        <source>Say why it is corrected, so the records explain it.</source>
        <translation>Skriv hvorfor den rettes, så rettelsen er forklart.</translation>
    </message>
</context>
<context>
    <name>DonationDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="129"/>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="184"/>
        <source>Register donation</source>
        <translation>Registrer gave</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="143"/>
        <source>What came in? One row per category: weight in kg and how many things.</source>
        <translation>Hva kom inn? Én rad per kategori: vekt i kg og hvor mange ting.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="148"/>
        <source>Add a row</source>
        <translation>Legg til en rad</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="166"/>
        <source>Donor’s name (optional)</source>
        <translation>Giverens navn (valgfritt)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="167"/>
        <source>Donor’s phone (optional)</source>
        <translation>Giverens telefon (valgfritt)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="171"/>
        <source>Only fill these in when the donor wants a pick-up or a receipt; otherwise nothing is kept.</source>
        <translation>Fyll ut dette bare hvis giveren vil ha henting eller kvittering. Ellers lagres ingenting.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="181"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="198"/>
        <source>Zero the scale</source>
        <translation>Nullstill vekta</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="201"/>
        <source>Tare: weigh the empty crate</source>
        <translation>Tara: vei den tomme kassen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="251"/>
        <source>There is no category to choose. Ask the shop leader to add one.</source>
        <translation>Det finnes ingen kategori å velge. Be butikklederen legge til en.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="256"/>
        <source>Row %1: “%2” is not a weight. Type kilos from the scale, for example 2,5.</source>
        <translation>Rad %1: «%2» er ikke en vekt. Skriv kilo fra vekta, for eksempel 2,5.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="293"/>
        <source>Row %1: %2 kg of %3 is more than the %4 kg that usually comes in one go. Is that right? If it is, tap Register donation again; if not, correct the weight.</source>
        <translation>Rad %1: %2 kg %3 er mer enn de %4 kg som pleier å komme på én gang. Er det riktig? Hvis ja, trykk på Registrer gave igjen; hvis ikke, rett vekten.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="340"/>
        <source>Zeroing the scale …</source>
        <translation>Nullstiller vekta …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="343"/>
        <source>Weighing … keep the scale still.</source>
        <translation>Veier … hold vekta i ro.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="353"/>
        <source>Tare %1 kg: it is taken off each weighing.</source>
        <translation>Tara %1 kg: trekkes fra hver veiing.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="356"/>
        <source>No tare: the scale was empty.</source>
        <translation>Ingen tara: vekta var tom.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="364"/>
        <source>The scale shows %1 kg, less than the tare. Put the crate on, then weigh again.</source>
        <translation>Vekta viser %1 kg, mindre enn taraen. Sett kassen på, og vei igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="371"/>
        <source>The scale showed %1 kg; the weight you typed is kept.</source>
        <translation>Vekta viste %1 kg; vekten du skrev inn, blir stående.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="377"/>
        <source>Weighed: %1 kg.</source>
        <translation>Veid: %1 kg.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="381"/>
        <source>The scale is zeroed.</source>
        <translation>Vekta er nullstilt.</translation>
    </message>
</context>
<context>
    <name>DonationRow</name>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="79"/>
        <source>kg, for example 2,5</source>
        <translation>kg, for eksempel 2,5</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="80"/>
        <source>Weight in kg</source>
        <translation>Vekt i kg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="88"/>
        <source> pcs</source>
        <translation> stk.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="89"/>
        <source>How many things</source>
        <translation>Hvor mange ting</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="90"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="92"/>
        <source>Weigh</source>
        <translation>Vei</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="95"/>
        <source>Weigh on the scale</source>
        <translation>Vei på vekta</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="476"/>
        <source>Ready</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="477"/>
        <source>Check that all is right. Tap Back to change something.</source>
        <translation>Sjekk at alt stemmer. Trykk på Tilbake hvis du vil endre noe.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="496"/>
        <source>Shop: %1 (org. no. %2)</source>
        <translation>Butikk: %1 (org.nr. %2)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="497"/>
        <source>Administrator: %1</source>
        <translation>Administrator: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="498"/>
        <source>Receipt printer: %1</source>
        <translation>Kvitteringsskriver: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="499"/>
        <source>Registered for VAT: receipts show VAT.</source>
        <translation>MVA-registrert: kvitteringene viser MVA.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="501"/>
        <source>Not registered for VAT: receipts show no VAT.</source>
        <translation>Ikke MVA-registrert: kvitteringene viser ikke MVA.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="503"/>
        <source>Vouchers valid for %1 days; a cash difference above %2 needs a note.</source>
        <translation>Tilgodelapper gjelder i %1 dager; en kassedifferanse over %2 må ha en merknad.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="509"/>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="511"/>
        <source>Shop code for the chapter hub: %1</source>
        <translation>Butikkode i kretsens hub: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="515"/>
        <source>Tap Finish to save. Then log in as %1 with your PIN.</source>
        <translation>Trykk på Fullfør for å lagre. Logg så inn som %1 med PIN-koden din.</translation>
    </message>
</context>
<context>
    <name>DrawerProblem</name>
    <message>
        <location filename="../src/bruktpos/ui/till/drawer_problem.py" line="36"/>
        <source>Open the drawer</source>
        <translation>Åpne kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/drawer_problem.py" line="58"/>
        <source>The drawer did not open either. Open it with the key, or press “Open the drawer”.</source>
        <translation>Kasseskuffen åpnet seg heller ikke. Åpne den med nøkkelen, eller trykk på «Åpne kasseskuffen».</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../src/bruktpos/ui/crash.py" line="51"/>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/crash.py" line="53"/>
        <source>BruktPOS ran into a problem it did not expect. What you just did may not have finished: check the screen before you go on. If it happens again, tell the shop leader; the details are written in the log (Menu → About BruktPOS).</source>
        <translation>BruktPOS støtte på et problem som ikke var ventet. Det du nettopp gjorde, er kanskje ikke fullført: se på skjermen før du fortsetter. Skjer det igjen, si fra til butikklederen; detaljene står i loggen (Meny → Om BruktPOS).</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="21"/>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="35"/>
        <source>Cash difference</source>
        <translation>Kassedifferanse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="38"/>
        <source>Note at the Z</source>
        <translation>Merknad på Z-rapporten</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="38"/>
        <source>No note was written</source>
        <translation>Ingen merknad ble skrevet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="39"/>
        <source>Approved by</source>
        <translation>Godkjent av</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="39"/>
        <source>No leader approved it</source>
        <translation>Ingen butikkleder godkjente den</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="40"/>
        <source>Register</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="41"/>
        <source>Net sales that day</source>
        <translation>Nettosalg den dagen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="42"/>
        <source>Receipts that day</source>
        <translation>Kvitteringer den dagen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="54"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="355"/>
        <source>The chapter hub</source>
        <translation>Kretsens hub</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="356"/>
        <source>The code this shop sends its closed days to the chapter as.</source>
        <translation>Koden butikken bruker når den sender avsluttede dager til kretsen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="360"/>
        <source>Hub address</source>
        <translation>Hub-adresse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="365"/>
        <source>Shop code</source>
        <translation>Butikkode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="370"/>
        <source>The chapter gives each shop its own code, and an address with the code in it: paste the address and the code fills in by itself. Leave both empty if the shop does not report to a chapter hub.</source>
        <translation>Kretsen gir hver butikk sin egen kode og en adresse med koden i: lim inn adressen, så fylles koden inn av seg selv. La begge stå tomme hvis butikken ikke rapporterer til kretsens hub.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="408"/>
        <source>This is not a hub address. It starts with postgresql+psycopg:// or sqlite:///. Copy it exactly as the chapter sent it.</source>
        <translation>Dette er ikke en hub-adresse. Den begynner med postgresql+psycopg:// eller sqlite:///. Kopier den nøyaktig slik kretsen sendte den.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="413"/>
        <source>Type the shop code the chapter gave this shop, so it is not mixed up with another.</source>
        <translation>Skriv butikkoden kretsen ga denne butikken, så den ikke blandes med en annen.</translation>
    </message>
</context>
<context>
    <name>HubSettingsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="76"/>
        <source>Chapter hub</source>
        <translation>Kretsens hub</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="81"/>
        <source>When a day is closed, its totals are sent to the chapter&apos;s hub, so the coordinators see every shop the next morning. Only figures are sent, nothing about people.</source>
        <translation>Når en dag er avsluttet, sendes summene til kretsens hub, så koordinatorene ser alle butikkene neste morgen. Bare tall sendes, ingenting om personer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="94"/>
        <source>Hub address</source>
        <translation>Hub-adresse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="98"/>
        <source>Shop code</source>
        <translation>Butikkode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="116"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="120"/>
        <source>Fetch the chapter&apos;s set-up</source>
        <translation>Hent kretsens oppsett</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="123"/>
        <source>Test the connection</source>
        <translation>Test tilkoblingen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="126"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="177"/>
        <source>This shop sends its days as shop %1.</source>
        <translation>Denne butikken sender dagene sine som butikk %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="185"/>
        <source>Nothing has been sent yet.</source>
        <translation>Ingenting er sendt ennå.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="188"/>
        <source>Last sent: %1.</source>
        <translation>Sist sendt: %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="190"/>
        <source>Days waiting to be sent: %1.</source>
        <translation>Dager som venter på å bli sendt: %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="201"/>
        <source>This is not a hub address. It starts with postgresql+psycopg:// or sqlite:///. Copy it exactly as the chapter sent it.</source>
        <translation>Dette er ikke en hub-adresse. Den begynner med postgresql+psycopg:// eller sqlite:///. Kopier den nøyaktig slik kretsen sendte den.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="206"/>
        <source>A shop code has only letters, digits, - and _. Check it and try again.</source>
        <translation>En butikkode har bare bokstaver, sifre, - og _. Sjekk den og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="226"/>
        <source>Saved. Closed days will be sent to this hub.</source>
        <translation>Lagret. Avsluttede dager blir sendt til denne huben.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="235"/>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="299"/>
        <source>Type the hub&apos;s address first.</source>
        <translation>Skriv inn adressen til huben først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="249"/>
        <source>Trying the hub …</source>
        <translation>Prøver huben …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="258"/>
        <source>The address answers, but it is not a hub yet. Ask the person who runs the hub to set it up (bruktpos hub init).</source>
        <translation>Adressen svarer, men den er ikke en hub ennå. Be den som driver huben, om å sette den opp (bruktpos hub init).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="266"/>
        <source>Connected. The hub knows this shop as %1.</source>
        <translation>Tilkoblet. Huben kjenner denne butikken som %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="273"/>
        <source>Connected. The hub does not know this shop code yet; it is added when the first day is sent.</source>
        <translation>Tilkoblet. Huben kjenner ikke denne butikkoden ennå. Den legges til når den første dagen sendes.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="284"/>
        <source>The hub did not answer. Check the address and the network, then try again. The till works as before; closed days wait and are sent later.</source>
        <translation>Huben svarte ikke. Sjekk adressen og nettverket, og prøv igjen. Kassa virker som før. Avsluttede dager venter og sendes senere.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="314"/>
        <source>Fetching the chapter&apos;s set-up …</source>
        <translation>Henter kretsens oppsett …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="330"/>
        <source>The chapter has not published a set-up on the hub yet. Ask your coordinator.</source>
        <translation>Kretsen har ikke lagt ut noe oppsett i huben ennå. Spør koordinatoren.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="339"/>
        <source>This shop already has the chapter&apos;s set-up (version %1). Nothing to change.</source>
        <translation>Butikken har allerede kretsens oppsett (versjon %1). Ingenting å endre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="361"/>
        <source>Importing the chapter&apos;s set-up …</source>
        <translation>Henter inn kretsens oppsett …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="367"/>
        <source>Done: the chapter&apos;s set-up is in this shop (%1 changes).</source>
        <translation>Ferdig: kretsens oppsett er lagt inn i butikken (%1 endringer).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="381"/>
        <source>The hub is too old to hold the chapter&apos;s set-up. Ask the person who runs the hub to upgrade it (bruktpos hub init). Nothing was changed here.</source>
        <translation>Huben er for gammel til å ha kretsens oppsett. Be den som driver huben, om å oppgradere den (bruktpos hub init). Ingenting ble endret her.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="385"/>
        <source>The chapter&apos;s set-up could not be used here: %1 Nothing was changed.</source>
        <translation>Kretsens oppsett kunne ikke brukes her: %1 Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="390"/>
        <source>The chapter&apos;s set-up on the hub has a mistake (%1). Tell your coordinator. Nothing was changed here.</source>
        <translation>Kretsens oppsett i huben har en feil (%1). Si fra til koordinatoren. Ingenting ble endret her.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="395"/>
        <source>The hub did not answer. Check the address and the network, then try again. Nothing was changed here.</source>
        <translation>Huben svarte ikke. Sjekk adressen og nettverket, og prøv igjen. Ingenting ble endret her.</translation>
    </message>
</context>
<context>
    <name>InventoryScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="92"/>
        <source>Items in %1</source>
        <translation>Varer i %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="100"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="154"/>
        <source>Code, or words such as “jacket”</source>
        <translation>Kode, eller ord som «jakke»</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="137"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="163"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="174"/>
        <source>Intake from</source>
        <translation>Mottatt fra</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="187"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="190"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="198"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="303"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="311"/>
        <source>Change price</source>
        <translation>Endre pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="199"/>
        <source>Throw away</source>
        <translation>Kast</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="200"/>
        <source>Recycle</source>
        <translation>Gjenvinn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="201"/>
        <source>Moved to another shop</source>
        <translation>Flytt til annen butikk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="202"/>
        <source>Print label again</source>
        <translation>Skriv ut etikett igjen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="203"/>
        <source>Export CSV</source>
        <translation>Eksporter CSV</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="204"/>
        <source>To take down this week</source>
        <translation>Skal ned denne uka</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="237"/>
        <source>Nothing matches the search. Try fewer words, or choose “All”.</source>
        <translation>Ingenting passer med søket. Prøv færre ord, eller velg «Alle».</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="240"/>
        <source>Showing the first %1 items. Narrow the search to see the rest.</source>
        <translation>Viser de første %1 varene. Snevre inn søket for å se resten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="250"/>
        <source>%n item(s) should come off the shelf this week.</source>
        <translation>
            <numerusform>%n vare bør tas ned fra hylla denne uka.</numerusform>
            <numerusform>%n varer bør tas ned fra hylla denne uka.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="252"/>
        <source>Nothing needs to come off the shelf this week.</source>
        <translation>Ingenting trenger å tas ned fra hylla denne uka.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="298"/>
        <source>Choose one item in the list to change its price.</source>
        <translation>Velg én vare i listen for å endre prisen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="305"/>
        <source>%1 (%2) costs %3 now. Type the new price.</source>
        <translation>%1 (%2) koster %3 nå. Skriv inn den nye prisen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="320"/>
        <source>Changing the price of %1 from %2 to %3</source>
        <translation>Endring av prisen på %1 fra %2 til %3</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="327"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="368"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="379"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="384"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="387"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="335"/>
        <source>%1 now costs %2.</source>
        <translation>%1 koster nå %2.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="341"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="397"/>
        <source>Choose one or more items in the list first.</source>
        <translation>Velg én eller flere varer i listen først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="344"/>
        <source>Log in first.</source>
        <translation>Logg inn først.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="349"/>
        <source>Mark %n item(s) as thrown away? They can no longer be sold, and this cannot be undone.</source>
        <translation>
            <numerusform>Merke %n vare som kastet? Den kan ikke lenger selges, og dette kan ikke angres.</numerusform>
            <numerusform>Merke %n varer som kastet? De kan ikke lenger selges, og dette kan ikke angres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="354"/>
        <source>Mark %n item(s) as sent to recycling? They can no longer be sold, and this cannot be undone.</source>
        <translation>
            <numerusform>Merke %n vare som sendt til gjenvinning? Den kan ikke lenger selges, og dette kan ikke angres.</numerusform>
            <numerusform>Merke %n varer som sendt til gjenvinning? De kan ikke lenger selges, og dette kan ikke angres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="360"/>
        <source>Mark %n item(s) as moved to another shop? They can no longer be sold here, and this cannot be undone.</source>
        <translation>
            <numerusform>Merke %n vare som flyttet til annen butikk? Den kan ikke lenger selges her, og dette kan ikke angres.</numerusform>
            <numerusform>Merke %n varer som flyttet til annen butikk? De kan ikke lenger selges her, og dette kan ikke angres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="366"/>
        <source>Take items off the shelf?</source>
        <translation>Ta varer ned fra hylla?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="376"/>
        <source>Taking %n item(s) off the shelf before they are due</source>
        <translation>
            <numerusform>Å ta ned %n vare før tiden</numerusform>
            <numerusform>Å ta ned %n varer før tiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="390"/>
        <source>%n item(s) taken off the shelf.</source>
        <translation>
            <numerusform>%n vare er tatt ned fra hylla.</numerusform>
            <numerusform>%n varer er tatt ned fra hylla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="405"/>
        <source>%n label(s) are being printed on the label printer.</source>
        <translation>
            <numerusform>%n etikett skrives ut på etikettskriveren.</numerusform>
            <numerusform>%n etiketter skrives ut på etikettskriveren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="417"/>
        <source>%n label(s) saved in %1. Open it and print at actual size (100 %).</source>
        <translation>
            <numerusform>%n etikett er lagret i %1. Åpne filen og skriv ut i faktisk størrelse (100 %).</numerusform>
            <numerusform>%n etiketter er lagret i %1. Åpne filen og skriv ut i faktisk størrelse (100 %).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="432"/>
        <source>Making the label sheet … %1 of %2</source>
        <translation>Lager etikettarket … %1 av %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="436"/>
        <source>Making the label sheet …</source>
        <translation>Lager etikettarket …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="450"/>
        <source>The list is empty. Search first, then export.</source>
        <translation>Listen er tom. Søk først, og eksporter etterpå.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="460"/>
        <source>Saving the list …</source>
        <translation>Lagrer listen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="462"/>
        <source>%n item(s) saved in %1.</source>
        <translation>
            <numerusform>%n vare er lagret i %1.</numerusform>
            <numerusform>%n varer er lagret i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="482"/>
        <source>The file could not be saved in %1. Check that the disk has room, then try again.</source>
        <translation>Filen kunne ikke lagres i %1. Sjekk at det er plass på disken, og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="25"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="26"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="27"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="28"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="30"/>
        <source>Intake</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="33"/>
        <source>In stock</source>
        <translation>På lager</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="34"/>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="35"/>
        <source>Thrown away</source>
        <translation>Kastet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="36"/>
        <source>Sent to recycling</source>
        <translation>Sendt til gjenvinning</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="37"/>
        <source>Moved to another shop</source>
        <translation>Flyttet til annen butikk</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="75"/>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="87"/>
        <source>Electronic journal</source>
        <translation>Elektronisk journal</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="93"/>
        <source>Everything the till wrote in its journal on the days you choose: sales, receipts, the drawer, discounts, removed lines, people and settings changed, with who and when. Print it on the receipt printer, or save it as a PDF or for a spreadsheet (CSV).</source>
        <translation>Alt kassa har skrevet i journalen de dagene du velger: salg, kvitteringer, kasseskuffen, rabatter, fjernede linjer, endringer av personer og innstillinger – med hvem og når. Skriv den ut på kvitteringsskriveren, eller lagre den som PDF eller for regneark (CSV).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="105"/>
        <source>All registers</source>
        <translation>Alle kasser</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="107"/>
        <source>Register %1</source>
        <translation>Kasse %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="110"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="111"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="112"/>
        <source>Register</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="125"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="127"/>
        <source>Print on the receipt printer</source>
        <translation>Skriv ut på kvitteringsskriveren</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="129"/>
        <source>Save as PDF…</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="132"/>
        <source>Save as CSV…</source>
        <translation>Lagre som CSV …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="152"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="152"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="153"/>
        <source>Save the electronic journal</source>
        <translation>Lagre den elektroniske journalen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="159"/>
        <source>The last day is before the first. Choose the dates again.</source>
        <translation>Den siste dagen er før den første. Velg datoene på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="209"/>
        <source>Saving …</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="221"/>
        <source>Saved %1: %2 journal entries from %3 to %4.</source>
        <translation>Lagret %1: %2 hendelser i journalen fra %3 til %4.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="241"/>
        <source>The file could not be made, and nothing was saved. Try again, or ask for help.</source>
        <translation>Filen kunne ikke lages, og ingenting ble lagret. Prøv igjen, eller be om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="258"/>
        <source>Printing …</source>
        <translation>Skriver ut …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="269"/>
        <source>Printed %1 journal entries on the receipt printer.</source>
        <translation>Skrev ut %1 hendelser fra journalen på kvitteringsskriveren.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="288"/>
        <source>Printing or saving the electronic journal</source>
        <translation>Utskrift eller lagring av den elektroniske journalen</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="90"/>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="91"/>
        <source>Remove the last digit</source>
        <translation>Fjern siste siffer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="94"/>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="95"/>
        <source>Clear</source>
        <translation>Slett alt</translation>
    </message>
</context>
<context>
    <name>KilosChart</name>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="158"/>
        <source>Kilos given a second life: %1 kg in all</source>
        <translation>Kilo som har fått et nytt liv: %1 kg i alt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="171"/>
        <source>Other shops (%1)</source>
        <translation>Andre butikker (%1)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="176"/>
        <source>Kilos received</source>
        <translation>Kilo mottatt</translation>
    </message>
</context>
<context>
    <name>LabelPrinterSettingsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="71"/>
        <source>Label printer</source>
        <translation>Etikettskriver</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="76"/>
        <source>Without a label printer, labels are saved as A4 sticker sheets (PDF). A printer set up in the computer gets each label as a picture; one on the network, USB or a serial port must understand ESC/POS, like a receipt printer.</source>
        <translation>Uten etikettskriver lagres etikettene som A4-ark med klistremerker (PDF). En skriver som er satt opp på datamaskinen, får hver etikett som et bilde. En skriver på nettverket, på USB eller på en seriell port må forstå ESC/POS, slik som en kvitteringsskriver.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="88"/>
        <source>No label printer (A4 sheets)</source>
        <translation>Ingen etikettskriver (A4-ark)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="91"/>
        <source>Labels are saved as A4 sticker sheets to print on an office printer.</source>
        <translation>Etikettene lagres som A4-ark med klistremerker som skrives ut på en vanlig kontorskriver.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="96"/>
        <source>Resolution</source>
        <translation>Oppløsning</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="99"/>
        <source>203 dpi (8 dots per mm)</source>
        <translation>203 dpi (8 punkter per mm)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="99"/>
        <source>300 dpi (12 dots per mm)</source>
        <translation>300 dpi (12 punkter per mm)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="110"/>
        <source>The resolution is on the printer’s type label or in its manual.</source>
        <translation>Oppløsningen står på typeskiltet til skriveren eller i bruksanvisningen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="122"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="124"/>
        <source>Print a test label</source>
        <translation>Skriv ut en testetikett</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="126"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="172"/>
        <source>These settings do not work. Check the address and the numbers, then try again.</source>
        <translation>Disse innstillingene virker ikke. Sjekk adressen og tallene, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="183"/>
        <source>Test label – æøå ÆØÅ</source>
        <translation>Testetikett – æøå ÆØÅ</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="194"/>
        <source>Choose how the label printer is connected first.</source>
        <translation>Velg først hvordan etikettskriveren er koblet til.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="196"/>
        <source>Printing a test label …</source>
        <translation>Skriver ut en testetikett …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="210"/>
        <source>Saved. New labels go to the label printer.</source>
        <translation>Lagret. Nye etiketter går til etikettskriveren.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="212"/>
        <source>Saved. New labels are saved as A4 sticker sheets.</source>
        <translation>Lagret. Nye etiketter lagres som A4-ark med klistremerker.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="219"/>
        <source>The test label was sent. Check that the price is sharp and the barcode is not cut off; if it prints too big or too small, try the other resolution.</source>
        <translation>Testetiketten er sendt. Sjekk at prisen er skarp og at strekkoden ikke er kuttet. Hvis den blir for stor eller for liten, prøv den andre oppløsningen.</translation>
    </message>
</context>
<context>
    <name>LeaderPinDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="160"/>
        <source>An administrator’s approval</source>
        <translation>Godkjenning fra administrator</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="160"/>
        <source>A shop leader’s approval</source>
        <translation>Godkjenning fra butikkleder</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="167"/>
        <source>%1 needs an administrator’s approval.</source>
        <translation>%1 må godkjennes av en administrator.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="169"/>
        <source>%1 needs a shop leader’s approval.</source>
        <translation>%1 må godkjennes av en butikkleder.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="173"/>
        <source>Administrator: tap your name, then type your PIN.</source>
        <translation>Administrator: trykk på navnet ditt, og skriv så PIN-koden din.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="175"/>
        <source>Shop leader: tap your name, then type your PIN.</source>
        <translation>Butikkleder: trykk på navnet ditt, og skriv så PIN-koden din.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="177"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="184"/>
        <source>No one here may approve this yet. Tap Cancel and ask the administrator for help.</source>
        <translation>Ingen her kan godkjenne dette ennå. Trykk på Avbryt og be administratoren om hjelp.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="55"/>
        <source>Who is at the till?</source>
        <translation>Hvem står i kassa?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="59"/>
        <source>Tap your name.</source>
        <translation>Trykk på navnet ditt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="83"/>
        <source>This is a demo shop. Log in as one of these people:
%1</source>
        <translation>Dette er en demobutikk. Logg inn som en av disse:
%1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="103"/>
        <source>No one can log in yet. Ask the administrator to add the shop’s people.</source>
        <translation>Ingen kan logge inn ennå. Be administratoren legge inn alle som jobber i butikken.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="407"/>
        <source>The sale that was on the screen when the till locked is parked under %1. You find it under Parked sales.</source>
        <translation>Salget som sto på skjermen da kassa ble låst, er parkert på navnet %1. Du finner det under Parkerte salg.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="417"/>
        <source>The sale that was on the screen when the till locked could not be parked, so it is still here, with any payments taken. Finish it, or park it.</source>
        <translation>Salget som sto på skjermen da kassa ble låst, kunne ikke parkeres, så det er fortsatt her, med betalingene som er tatt. Gjør ferdig salget, eller parker det.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="484"/>
        <source>Printing the voucher again (marked KOPI).</source>
        <translation>Skriver ut tilgodelappen på nytt (merket KOPI).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="489"/>
        <source>There is no receipt from this till session to copy.</source>
        <translation>Det er ingen kvittering å ta kopi av siden kassa ble startet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="493"/>
        <source>The receipt has not printed yet: printing it now.</source>
        <translation>Kvitteringen er ikke skrevet ut ennå: den skrives ut nå.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="501"/>
        <source>Printing a copy (marked KOPI).</source>
        <translation>Skriver ut en kopi (merket KOPI).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="508"/>
        <source>Opening the drawer without a sale</source>
        <translation>Åpning av kasseskuffen uten salg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="524"/>
        <source>Finish or park the sale on the screen first.</source>
        <translation>Fullfør eller parker salget på skjermen først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="527"/>
        <source>Switching training mode</source>
        <translation>Bytte til eller fra treningsmodus</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="555"/>
        <source>Training mode is on. Sales here are practice and count for nothing.</source>
        <translation>Treningsmodus er på. Salg her er bare øving og teller ikke.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="557"/>
        <source>Training mode is off. Sales count again.</source>
        <translation>Treningsmodus er av. Salg teller igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="597"/>
        <source>Closing BruktPOS</source>
        <translation>Å avslutte BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="620"/>
        <source>Quit BruktPOS?</source>
        <translation>Avslutte BruktPOS?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="621"/>
        <source>There is a sale on the screen. It will be lost if you quit. Quit anyway?</source>
        <translation>Det er et salg på skjermen. Det blir borte hvis du avslutter. Vil du avslutte likevel?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="50"/>
        <source>Cashier</source>
        <translation>Kasserer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="51"/>
        <source>Shop leader</source>
        <translation>Butikkleder</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="52"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="67"/>
        <source>a sale</source>
        <translation>et salg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="68"/>
        <source>a refund</source>
        <translation>en retur</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="69"/>
        <source>a price change</source>
        <translation>en prisendring</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="70"/>
        <source>removing an item after payment</source>
        <translation>fjerning av en vare etter betaling</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="71"/>
        <source>opening the cash drawer without a sale</source>
        <translation>åpning av kasseskuffen uten salg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="72"/>
        <source>changing the settings</source>
        <translation>endring av innstillingene</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="73"/>
        <source>making someone an administrator or changing one</source>
        <translation>nye eller endrede administratorer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="74"/>
        <source>adding or changing people</source>
        <translation>nye eller endrede personer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="75"/>
        <source>changing the categories and products</source>
        <translation>endring av kategoriene og produktene</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="76"/>
        <source>changing the shop&apos;s details and registers</source>
        <translation>endring av butikkens opplysninger og kassene</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="77"/>
        <source>switching training mode on or off</source>
        <translation>bytte til eller fra treningsmodus</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="78"/>
        <source>opening the day</source>
        <translation>åpning av dagen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="79"/>
        <source>closing the day</source>
        <translation>avslutning av dagen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="80"/>
        <source>an X report</source>
        <translation>en X-rapport</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="81"/>
        <source>putting money into the drawer</source>
        <translation>innskudd i kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="82"/>
        <source>taking money out of the drawer</source>
        <translation>uttak fra kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="83"/>
        <source>counting the drawer again after the expected amount was shown</source>
        <translation>omtelling av kasseskuffen etter at det forventede beløpet ble vist</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="86"/>
        <source>taking items off the shelf before they are due</source>
        <translation>å ta varer ned fra hylla før tiden</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="87"/>
        <source>counting in delivered goods</source>
        <translation>varemottak</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="88"/>
        <source>correcting a registered donation</source>
        <translation>å rette opp en registrert gave</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="89"/>
        <source>looking at the shop&apos;s reports</source>
        <translation>å se butikkens rapporter</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="90"/>
        <source>exporting the SAF-T file for the tax office</source>
        <translation>å eksportere SAF-T-filen til Skatteetaten</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="91"/>
        <source>printing or saving the electronic journal</source>
        <translation>å skrive ut eller lagre den elektroniske journalen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="92"/>
        <source>a discount beyond the shop&apos;s limit</source>
        <translation>en rabatt over butikkens grense</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="93"/>
        <source>a difference in the drawer</source>
        <translation>en differanse i kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="94"/>
        <source>closing BruktPOS</source>
        <translation>å avslutte BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="96"/>
        <source>this</source>
        <translation>dette</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="111"/>
        <source>Type an amount first, for example 49,50.</source>
        <translation>Skriv inn et beløp først, for eksempel 49,50.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="113"/>
        <source>“%1” is not an amount. Type kroner and øre, for example 49,50.</source>
        <translation>«%1» er ikke et beløp. Skriv kroner og øre, for eksempel 49,50.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="120"/>
        <source>%1 is more than the till takes for one price (%2). Check the price.</source>
        <translation>%1 er mer enn kassa tillater for én pris (høyst %2). Sjekk prisen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="124"/>
        <source>The price must be more than kr 0. Type the price again.</source>
        <translation>Prisen må være mer enn kr 0. Skriv inn prisen på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="128"/>
        <source>The number must be from 1 to %1. Type the number again.</source>
        <translation>Antallet må være fra 1 til %1. Skriv inn antallet på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="133"/>
        <source>A discount must be from 0 to 100 % and no more than the line’s price (%1). Type the discount again.</source>
        <translation>Rabatten må være fra 0 til 100 % og ikke mer enn prisen på linjen (%1). Skriv inn rabatten på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="144"/>
        <source>“%1” is not a code from this shop. Scan the label again, or type the digits under it.</source>
        <translation>«%1» er ikke en kode fra denne butikken. Skann prislappen på nytt, eller skriv inn sifrene under strekkoden.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="155"/>
        <source>The count for %1 must be a whole number, 0 or more. Count again.</source>
        <translation>Antallet for %1 må være et helt tall, 0 eller mer. Tell på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="158"/>
        <source>That is not a Norwegian coin or note the till counts. Count again.</source>
        <translation>Det er ikke en norsk mynt eller seddel som kassa teller. Tell på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="163"/>
        <source>A markdown step must come after 1 day or more, and within ten years. Change the rule.</source>
        <translation>Et nedprisingstrinn må komme etter minst 1 dag, og innen ti år. Endre regelen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="167"/>
        <source>A markdown must be from 1 to 99 %. Change the rule.</source>
        <translation>En nedprising må være fra 1 til 99 %. Endre regelen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="170"/>
        <source>Each markdown step must come later than the one before. Change the rule.</source>
        <translation>Hvert nedprisingstrinn må komme senere enn det forrige. Endre regelen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="173"/>
        <source>Each markdown step must take more off than the one before. Change the rule.</source>
        <translation>Hvert nedprisingstrinn må trekke fra mer enn det forrige. Endre regelen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="176"/>
        <source>Items can only be pulled from the shelf after the last markdown. Change the rule.</source>
        <translation>Varer kan bare tas ned fra hylla etter siste nedprising. Endre regelen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="182"/>
        <source>The markdown rule could not be read. Write it like 28:30,56:50;pull:84.</source>
        <translation>Nedprisingsregelen kunne ikke leses. Skriv den slik: 28:30,56:50;pull:84.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="188"/>
        <source>This category cannot get price tags (its number must be 1 to %1). Ask the admin.</source>
        <translation>Denne kategorien kan ikke få prislapper (nummeret må være fra 1 til %1). Spør administratoren.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="197"/>
        <source>The label sheet “%1” is not known. Choose one of the sheets in the list.</source>
        <translation>Etikettarket «%1» er ukjent. Velg et av arkene i listen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="203"/>
        <source>Type the weight in kilos, for example 2,5. It cannot be below 0.</source>
        <translation>Skriv vekten i kilo, for eksempel 2,5. Den kan ikke være under 0.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="207"/>
        <source>A phone number has only digits and spaces, and perhaps a + first. Check it.</source>
        <translation>Et telefonnummer har bare sifre og mellomrom, og kanskje + først. Sjekk det.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="214"/>
        <source>Nothing in the shop has the code %1. Check the label, or sell it with a category button.</source>
        <translation>Ingenting i butikken har koden %1. Sjekk prislappen, eller selg varen med en kategoriknapp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="224"/>
        <source>This item was sold on %1 at %2 (receipt %3, till %4). Ask the shop leader for help.</source>
        <translation>Denne varen ble solgt %1 kl. %2 (kvittering %3, kasse %4). Be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="237"/>
        <source>This item was marked as thrown away on %1.</source>
        <translation>Denne varen ble merket som kastet %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="238"/>
        <source>This item was marked as sent to recycling on %1.</source>
        <translation>Denne varen ble merket som sendt til gjenvinning %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="239"/>
        <source>This item was marked as moved to another shop on %1.</source>
        <translation>Denne varen ble merket som flyttet til en annen butikk %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="240"/>
        <source>This item was marked as sold on %1.</source>
        <translation>Denne varen ble merket som solgt %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="242"/>
        <source>This item was taken off sale on %1.</source>
        <translation>Denne varen ble tatt ut av salg %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="246"/>
        <source>Put it aside and ask the shop leader for help.</source>
        <translation>Legg den til side og be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="253"/>
        <source>%1 is already paid, so this sale cannot be parked. Finish the sale, or take the payment back first.</source>
        <translation>%1 er allerede betalt, så dette salget kan ikke parkeres. Fullfør salget, eller angre betalingen først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="265"/>
        <source>The cart would then cost less than is already paid (%1). Take the payment back first, then change the cart.</source>
        <translation>Da ville handlekurven koste mindre enn det som allerede er betalt (%1). Angre betalingen først, og endre så handlekurven.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="274"/>
        <source>Nothing more can be paid with this voucher.</source>
        <translation>Det kan ikke betales mer med denne tilgodelappen. Ta imot resten på en annen måte.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="276"/>
        <source>%1 is more than the voucher holds or is left to pay (%2). Type %2 or less.</source>
        <translation>%1 er mer enn det som står på tilgodelappen eller er igjen å betale (%2). Skriv %2 eller mindre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="283"/>
        <source>Nothing is left to pay. Finish the sale.</source>
        <translation>Det er ingenting igjen å betale. Fullfør salget.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="285"/>
        <source>%1 is more than what is left to pay (%2). Type %2 or less.</source>
        <translation>%1 er mer enn det som er igjen å betale (%2). Skriv %2 eller mindre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="293"/>
        <source>There is no payment to take back.</source>
        <translation>Det er ingen betaling å angre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="295"/>
        <source>Cash must be whole kroner and more than kr 0. Type the amount you were given again.</source>
        <translation>Kontanter må være hele kroner og mer enn kr 0. Skriv inn beløpet du fikk, på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="298"/>
        <source>The amount must be more than kr 0. Type the amount again.</source>
        <translation>Beløpet må være mer enn kr 0. Skriv inn beløpet på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="303"/>
        <source>%1 is still left to pay. Take the rest before you finish the sale.</source>
        <translation>Det er fortsatt %1 igjen å betale. Ta imot resten før du fullfører salget.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="367"/>
        <source>The till&apos;s signing key file %1 belongs to another till, so no sale can be signed. Do not give the customer the goods yet. Ask the shop leader to put back this till&apos;s key folder from the backup.</source>
        <translation>Nøkkelfilen %1, som kassa signerer salgene med, hører til en annen kasse, så ingen salg kan signeres. Ikke gi kunden varene ennå. Be butikklederen legge tilbake denne kassas nøkkelmappe fra sikkerhetskopien.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="374"/>
        <source>The till&apos;s signing key file %1 is missing or cannot be read, so no sale can be signed. Do not give the customer the goods yet. Ask the shop leader to put the key folder back from the backup.</source>
        <translation>Nøkkelfilen %1, som kassa signerer salgene med, mangler eller kan ikke leses, så ingen salg kan signeres. Ikke gi kunden varene ennå. Be butikklederen legge nøkkelmappen tilbake fra sikkerhetskopien.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="426"/>
        <source>The last day (%1) is before the first (%2). Choose the dates again.</source>
        <translation>Den siste dagen (%1) er før den første (%2). Velg datoene på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="434"/>
        <source>The file %1 could not be saved (%2), and nothing was saved. Choose another folder or a USB stick with room, and try again.</source>
        <translation>Filen %1 kunne ikke lagres (%2), og ingenting ble lagret. Velg en annen mappe eller en minnepinne med plass, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="446"/>
        <source>These days have %1 journal entries, more than the receipt printer takes (%2). Save the journal as a PDF instead, or choose fewer days.</source>
        <translation>Disse dagene har %1 hendelser i journalen, flere enn kvitteringsskriveren tar (%2). Lagre journalen som PDF i stedet, eller velg færre dager.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="458"/>
        <source>%1 is neither a PDF nor a CSV file. Give the name an ending of .pdf or .csv.</source>
        <translation>%1 er verken en PDF- eller en CSV-fil. La navnet slutte på .pdf eller .csv.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="464"/>
        <source>The shop has no register %1. Choose one from the list.</source>
        <translation>Butikken har ingen kasse %1. Velg en fra listen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="483"/>
        <source>25 % – most goods</source>
        <translation>25 % – de fleste varer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="484"/>
        <source>15 % – food and drink to take away</source>
        <translation>15 % – mat og drikke til å ta med</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="485"/>
        <source>12 % – e.g. cinema tickets and transport</source>
        <translation>12 % – f.eks. kinobilletter og transport</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="486"/>
        <source>0 % zero-rated – e.g. books and newspapers</source>
        <translation>0 % fritatt – f.eks. bøker og aviser</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="487"/>
        <source>Outside the VAT Act – e.g. lottery tickets</source>
        <translation>Utenfor mva-loven – f.eks. lodd</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="494"/>
        <source>The shop decides together with its accountant which sales are exempt.</source>
        <translation>Butikken avgjør sammen med regnskapsføreren hvilke salg som er fritatt eller utenfor mva-loven.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="499"/>
        <source>Each category has one of these VAT choices:</source>
        <translation>Hver kategori har ett av disse MVA-valgene:</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="18"/>
        <source>That PIN was not right. You have one try left before a short pause, so take your time.</source>
        <translation>PIN-koden var ikke riktig. Du har ett forsøk igjen før en kort pause, så ta deg god tid.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="23"/>
        <source>That PIN was not right. Try again; you have %1 tries left.</source>
        <translation>PIN-koden var ikke riktig. Prøv igjen – du har %1 forsøk igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="29"/>
        <source>Too many wrong PINs in a row. You can try again at %1, or ask the shop leader for help.</source>
        <translation>For mange feil PIN-koder på rad. Du kan prøve igjen kl. %1, eller be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="39"/>
        <source>%1 has no PIN yet. Ask a shop leader to give you one: Folk, then New PIN.</source>
        <translation>%1 har ingen PIN-kode ennå. Be en butikkleder om å gi deg en under Folk → Ny PIN-kode.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="49"/>
        <source>A PIN has 4 to 8 digits, and this one has %1. Type it again.</source>
        <translation>En PIN-kode har 4 til 8 sifre, og denne har %1. Skriv den på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="310"/>
        <source>Only an administrator may approve %1. Ask an administrator for help.</source>
        <translation>Bare en administrator kan godkjenne %1. Be en administrator om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="312"/>
        <source>Only a shop leader may approve %1. Ask the shop leader for help.</source>
        <translation>Bare en butikkleder kan godkjenne %1. Be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="318"/>
        <source>No shop is set up in %1 yet. Start the setup to create the shop.</source>
        <translation>Ingen butikk er satt opp i %1 ennå. Start oppsettet for å lage butikken.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="325"/>
        <source>There is no file here. Check the name, choose another file, or create a new shop here.</source>
        <translation>Det finnes ingen fil her. Sjekk navnet, velg en annen fil, eller lag en ny butikk her.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="329"/>
        <source>This file is empty: there is no shop in it. Choose another file, or create a new shop here.</source>
        <translation>Denne filen er tom: det finnes ingen butikk i den. Velg en annen fil, eller lag en ny butikk her.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="333"/>
        <source>This is a folder, not a shop database. Choose the shop’s database file.</source>
        <translation>Dette er en mappe, ikke en butikkdatabase. Velg butikkens databasefil.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="336"/>
        <source>BruktPOS is not allowed to read this file. Ask the person who looks after this PC for access, or choose another file.</source>
        <translation>BruktPOS får ikke lov til å lese denne filen. Be den som har ansvar for PC-en om tilgang, eller velg en annen fil.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="341"/>
        <source>This file is not a shop database. It may be a document or a file from another program. Choose the shop’s database file.</source>
        <translation>Denne filen er ikke en butikkdatabase. Det kan være et dokument eller en fil fra et annet program. Velg butikkens databasefil.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="346"/>
        <source>This is a database from another program, not from BruktPOS. Choose the shop’s database file.</source>
        <translation>Dette er en database fra et annet program, ikke fra BruktPOS. Velg butikkens databasefil.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="350"/>
        <source>This shop database is damaged, so BruktPOS cannot open it. Choose a backup copy, or ask for help.</source>
        <translation>Denne butikkdatabasen er skadet, så BruktPOS kan ikke åpne den. Velg en sikkerhetskopi, eller be om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="355"/>
        <source>This shop database was made by a newer version of BruktPOS. Update BruktPOS on this PC, or choose another file.</source>
        <translation>Denne butikkdatabasen er laget av en nyere versjon av BruktPOS. Oppdater BruktPOS på denne PC-en, eller velg en annen fil.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="385"/>
        <source>BruktPOS must update the shop database and takes a backup copy first. Nothing has been changed.</source>
        <translation>BruktPOS må oppdatere butikkdatabasen og tar en sikkerhetskopi først. Ingenting er endret.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="390"/>
        <source>Another program is using the database, so the copy could not be taken. Close other BruktPOS windows, then tap Try again.</source>
        <translation>Et annet program bruker databasen, så kopien kunne ikke tas. Lukk andre BruktPOS-vinduer, og trykk så på Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="395"/>
        <source>There is no room for the copy on the disk. Make room, then tap Try again.</source>
        <translation>Det er ikke plass til kopien på disken. Gjør plass, og trykk så på Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="399"/>
        <source>The backup folder %1 cannot be written to. Ask the person who looks after this PC, then tap Try again.</source>
        <translation>BruktPOS får ikke skrive i mappen for sikkerhetskopier, %1. Be den som har ansvar for PC-en om hjelp, og trykk så på Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="407"/>
        <source>The copy could not be written. Check the disk, then tap Try again.</source>
        <translation>Kopien kunne ikke skrives. Sjekk disken, og trykk så på Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="414"/>
        <source>A copy of receipt %1 was already printed on %2 at %3. Only one copy may be printed.</source>
        <translation>En kopi av kvittering %1 ble allerede skrevet ut %2 kl. %3. Det kan bare skrives ut én kopi.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="17"/>
        <source>The day is not open at this till yet. Count the float and open the day first.</source>
        <translation>Dagen er ikke åpnet i denne kassa ennå. Tell vekselen og åpne dagen først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="24"/>
        <source>The day of %1 was not closed. A shop leader must count the drawer and take the Z report first.</source>
        <translation>Dagen %1 ble ikke avsluttet. En butikkleder må telle kasseskuffen og ta Z-rapporten først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="34"/>
        <source>The day of %1 is already open at this till. You can start selling.</source>
        <translation>Dagen %1 er allerede åpnet i denne kassa. Du kan begynne å selge.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="41"/>
        <source>The day of %1 was already closed with a Z report. It cannot be opened again.</source>
        <translation>Dagen %1 er allerede avsluttet med en Z-rapport. Den kan ikke åpnes igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="48"/>
        <source>There is no Z report for %1 at till %2. Close the day first, or choose another date.</source>
        <translation>Det finnes ingen Z-rapport for %1 i kasse %2. Avslutt dagen først, eller velg en annen dato.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="58"/>
        <source>Type an amount above zero for the money put in or taken out.</source>
        <translation>Skriv inn et beløp over null for pengene som legges inn eller tas ut.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="62"/>
        <source>Write a short reason for taking money out, for example “milk for the café”.</source>
        <translation>Skriv en kort grunn til at penger tas ut, for eksempel «melk til kafeen».</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="69"/>
        <source>The drawer is %1 off, more than %2. A shop leader must approve the count.</source>
        <translation>Kasseskuffen har en differanse på %1, mer enn %2. En butikkleder må godkjenne tellingen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="73"/>
        <source>The drawer is %1 off, more than %2. Write a short note on what may have happened.</source>
        <translation>Kasseskuffen har en differanse på %1, mer enn %2. Skriv en kort merknad om hva som kan ha skjedd.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="82"/>
        <source>The second count must be confirmed by another person than the one who counted.</source>
        <translation>Kontrolltellingen må bekreftes av en annen person enn den som talte.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="85"/>
        <source>This shop wants a second person to confirm the count. Ask a colleague.</source>
        <translation>Denne butikken vil at en annen person bekrefter tellingen. Spør en kollega.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="90"/>
        <source>Cash in the drawer is whole kroner, as there are no øre coins: %1 cannot be counted out. Type the amount without øre.</source>
        <translation>Kontanter i kasseskuffen er hele kroner, for det finnes ingen øremynter: %1 kan ikke telles opp. Skriv beløpet uten øre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="101"/>
        <source>The first count was %1 and this one is %2. Write a short note on why the count changed.</source>
        <translation>Den første tellingen var %1, og denne er %2. Skriv en kort merknad om hvorfor tellingen endret seg.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="106"/>
        <source>The first count was %1 and this one is %2. Counting again after the till showed what it expected needs a shop leader&apos;s approval.</source>
        <translation>Den første tellingen var %1, og denne er %2. En omtelling etter at kassa viste hva den forventet, må godkjennes av en butikkleder.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="115"/>
        <source>The count for the Z is not the count the till stored. Go back to the count and tap Next again.</source>
        <translation>Tellingen til Z-rapporten er ikke tellingen kassa har lagret. Gå tilbake til tellingen og trykk på Neste på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="123"/>
        <source>The day cannot be closed while money taken is not on a sale. Resume it under Parked sales and finish it, or undo its payments (give the money back) and cancel it. Then close the day.</source>
        <translation>Dagen kan ikke avsluttes så lenge penger som er tatt imot, ikke står på et salg. Hent salget under «Parkerte salg» og fullfør det, eller angre betalingene (gi pengene tilbake) og avbryt det. Avslutt dagen etterpå.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="130"/>
        <source>%1 parked sales have payments on them: the first was parked by %2 at %3 with %4 paid.</source>
        <translation>%1 parkerte salg har betalinger på seg: det første ble parkert av %2 %3 med %4 betalt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="141"/>
        <source>A sale parked by %1 at %2 has %3 paid on it.</source>
        <translation>Et salg parkert av %1 %2 har %3 betalt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="151"/>
        <source>The last close left %1 in the drawer, and you counted %2. Write a short note on why they differ, then open the day.</source>
        <translation>Forrige dagsoppgjør la igjen %1 i kasseskuffen, og du har telt %2. Skriv en kort merknad om hvorfor de er ulike, og åpne så dagen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="163"/>
        <source>There is no receipt number %1 at till %2. Check the number on the receipt, or scan the item.</source>
        <translation>Det finnes ingen kvittering med nummer %1 i kasse %2. Sjekk nummeret på kvitteringen, eller skann varen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="174"/>
        <source>Receipt %1 is a return receipt. Find the receipt of the sale itself.</source>
        <translation>Kvittering %1 er en returkvittering. Finn kvitteringen for selve salget.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="177"/>
        <source>Receipt %1 is from training mode, where no money was taken. Nothing can be returned.</source>
        <translation>Kvittering %1 er fra treningsmodus, der ingen penger ble tatt imot. Ingenting kan returneres.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="180"/>
        <source>Choose what the customer gives back: tick the lines first.</source>
        <translation>Velg hva kunden leverer tilbake: kryss av linjene først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="183"/>
        <source>Everything on receipt %1 has already been returned.</source>
        <translation>Alt på kvittering %1 er allerede returnert.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="186"/>
        <source>This item has not been sold, so it cannot be returned. Check the code.</source>
        <translation>Denne varen er ikke solgt, så den kan ikke returneres. Sjekk koden.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="197"/>
        <source>“%1” has already been returned. A line can be returned only once.</source>
        <translation>«%1» er allerede returnert. En linje kan bare returneres én gang.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="201"/>
        <source>Only %2 of “%1” can still be returned. Lower the number.</source>
        <translation>Bare %2 av «%1» kan fortsatt returneres. Sett ned antallet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="208"/>
        <source>This voucher is not known. Check the code on the voucher, or scan it again.</source>
        <translation>Denne tilgodelappen er ukjent. Sjekk koden på tilgodelappen, eller skann den på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="215"/>
        <source>This voucher expired on %1 and can no longer be used. Ask the shop leader.</source>
        <translation>Denne tilgodelappen gikk ut %1 og kan ikke brukes lenger. Spør butikklederen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="221"/>
        <source>This voucher has been used up: nothing is left on it.</source>
        <translation>Denne tilgodelappen er brukt opp: det er ingenting igjen på den. Ta imot betalingen på en annen måte.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="55"/>
        <source>Type the person’s name first, for example Kari or Kari H.</source>
        <translation>Skriv navnet først, for eksempel Kari eller Kari H.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="22"/>
        <location filename="../src/bruktpos/ui/messages_people.py" line="57"/>
        <source>A name can be at most %1 letters, without special signs. Shorten it a little.</source>
        <translation>Et navn kan ha høyst %1 tegn, uten spesialtegn. Gjør det litt kortere.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="66"/>
        <source>There is already someone called %1. Add an initial or a last name, so people can tell the two apart on the login screen.</source>
        <translation>Det finnes allerede en som heter %1. Legg til en forbokstav eller et etternavn, så de to kan skilles på innloggingsskjermen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="72"/>
        <source>%1 is already in the list, switched off. Switch them on again, or add an initial or a last name for someone new.</source>
        <translation>%1 står allerede i listen, men er deaktivert. Aktiver personen igjen, eller legg til en forbokstav eller et etternavn for en ny person.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="82"/>
        <source>%1 is the only administrator, so the role stays. Make someone else administrator first.</source>
        <translation>%1 er den eneste administratoren, så rollen blir som den er. Gjør en annen til administrator først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="87"/>
        <source>%1 is the only administrator and cannot be switched off. Make someone else administrator first.</source>
        <translation>%1 er den eneste administratoren og kan ikke deaktiveres. Gjør en annen til administrator først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="96"/>
        <source>Only an administrator’s PIN is replaced this way. A shop leader gives %1 a new PIN on the People screen.</source>
        <translation>Bare en administrators PIN-kode byttes på denne måten. En butikkleder gir %1 ny PIN-kode på Folk-skjermen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="478"/>
        <source>0 % zero-rated</source>
        <translation>0 % fritatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="479"/>
        <source>Outside VAT</source>
        <translation>Utenfor MVA</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="19"/>
        <source>Type the product’s name first, for example Kaffe or Vaffel.</source>
        <translation>Skriv produktets navn først, for eksempel Kaffe eller Vaffel.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="20"/>
        <source>Type the category’s name first, for example Bøker or Klær dame.</source>
        <translation>Skriv kategoriens navn først, for eksempel Bøker eller Klær dame.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="32"/>
        <source>There is already a product called %1. Choose another name.</source>
        <translation>Det finnes allerede et produkt som heter %1. Velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="34"/>
        <source>%1 is already in the list of products, retired. Bring it back, or choose another name.</source>
        <translation>%1 står allerede i produktlisten, tatt ut av bruk. Ta det i bruk igjen, eller velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="39"/>
        <source>There is already a category called %1. Choose another name.</source>
        <translation>Det finnes allerede en kategori som heter %1. Velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="41"/>
        <source>%1 is already in the list of categories, retired. Bring it back, or choose another name.</source>
        <translation>%1 står allerede i kategorilisten, tatt ut av bruk. Ta den i bruk igjen, eller velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="49"/>
        <source>That is not a VAT treatment the till knows. Choose one of the five in the list (25 %, 15 %, 12 %, zero-rated or outside the VAT Act).</source>
        <translation>Det er ikke et MVA-valg kassa kjenner. Velg et av de fem i listen (25 %, 15 %, 12 %, fritatt eller utenfor mva-loven).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="57"/>
        <source>A category is either shop goods or café. Choose one of the two.</source>
        <translation>En kategori er enten butikkvarer eller kafé. Velg en av de to.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="61"/>
        <source>That colour cannot be used. Tap one of the colours shown.</source>
        <translation>Den fargen kan ikke brukes. Trykk på en av fargene som vises.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="66"/>
        <source>“%1” is not a SAF-T article group. Use one from 04001 to 04021, or 04999 (other).</source>
        <translation>«%1» er ikke en SAF-T-varegruppe. Bruk en fra 04001 til 04021, eller 04999 (øvrige).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="76"/>
        <source>The price keypad has room for %1 quick prices, and you gave %2. Take some away.</source>
        <translation>Pristastaturet har plass til %1 hurtigpriser, og du ga %2. Ta bort noen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="86"/>
        <source>This is one of the shop’s own label codes, so the till would read it as an item. Use the barcode printed on the product, or leave it empty.</source>
        <translation>Dette er en av butikkens egne etikettkoder, så kassa ville lest den som en vare. Bruk strekkoden som er trykt på produktet, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="91"/>
        <source>A barcode has only digits and letters, with no spaces. Scan it again, or leave it empty.</source>
        <translation>En strekkode har bare sifre og bokstaver, uten mellomrom. Skann den igjen, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="99"/>
        <source>The product %1 already has this barcode. Check the code, or change %1 first.</source>
        <translation>Produktet %1 har allerede denne strekkoden. Sjekk koden, eller endre %1 først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="106"/>
        <source>The category %1 is retired. Choose another category, or bring %1 back first.</source>
        <translation>Kategorien %1 er tatt ut av bruk. Velg en annen kategori, eller ta %1 i bruk igjen først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="116"/>
        <source>The category %1 still has a product on the till. Move it to another category or retire it first, on the Products screen.</source>
        <translation>Kategorien %1 har fortsatt et produkt i kassa. Flytt det til en annen kategori eller ta det ut av bruk først, på Produkter-skjermen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="122"/>
        <source>The category %1 still has %2 products on the till. Move them to another category or retire them first, on the Products screen.</source>
        <translation>Kategorien %1 har fortsatt %2 produkter i kassa. Flytt dem til en annen kategori eller ta dem ut av bruk først, på Produkter-skjermen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="134"/>
        <source>Type the shop’s name first. It is printed on every receipt.</source>
        <translation>Skriv inn navnet på butikken først. Det skrives ut på hver kvittering.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="137"/>
        <source>The text at the top of the receipt can have at most %1 lines of %2 letters. Shorten it a little.</source>
        <translation>Teksten øverst på kvitteringen kan ha høyst %1 linjer med %2 tegn. Gjør den litt kortere.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="143"/>
        <source>The text at the bottom of the receipt can have at most %1 lines of %2 letters. Shorten it a little.</source>
        <translation>Teksten nederst på kvitteringen kan ha høyst %1 linjer med %2 tegn. Gjør den litt kortere.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="152"/>
        <source>The limit for a cash difference must be from %1 to %2. Type kroner, for example 50,00.</source>
        <translation>Grensen for kassedifferanse må være fra %1 til %2. Skriv kroner, for eksempel 50,00.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="160"/>
        <source>The shop’s name can be at most %1 letters. Shorten it a little.</source>
        <translation>Navnet på butikken kan ha høyst %1 tegn. Gjør det litt kortere.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="161"/>
        <source>The short name can be at most %1 letters. It goes on labels and at the top of the till.</source>
        <translation>Kortnavnet kan ha høyst %1 tegn. Det står på prislappene og øverst i kassa.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="165"/>
        <source>This is not a valid organisation number. Type all 9 digits and check each one.</source>
        <translation>Dette er ikke et gyldig organisasjonsnummer. Skriv alle 9 sifrene og sjekk hvert av dem.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="168"/>
        <source>The address can be at most %1 letters. Shorten it a little.</source>
        <translation>Adressen kan ha høyst %1 tegn. Gjør den litt kortere.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="169"/>
        <source>A postcode has 4 digits, for example 0155.</source>
        <translation>Et postnummer har 4 sifre, for eksempel 0155.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="171"/>
        <source>A Vipps number has %1 to %2 digits, for example 123456.</source>
        <translation>Et Vipps-nummer har %1 til %2 sifre, for eksempel 123456.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="175"/>
        <source>The place name can be at most %1 letters. Shorten it a little.</source>
        <translation>Poststedet kan ha høyst %1 tegn. Gjør det litt kortere.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="176"/>
        <source>A phone number has only digits and spaces, and perhaps a + first, for example 22 33 44 55.</source>
        <translation>Et telefonnummer har bare sifre og mellomrom, og kanskje + først, for eksempel 22 33 44 55.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="181"/>
        <source>A voucher can be valid from %1 to %2 days. Type a whole number of days, for example 365.</source>
        <translation>En tilgodelapp kan gjelde fra %1 til %2 dager. Skriv et helt antall dager, for eksempel 365.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="188"/>
        <source>A shop code has 2 to 20 letters (A–Z), digits and hyphens, for example OSLO-1. Check what the coordinator sent.</source>
        <translation>En butikkode har 2 til 20 bokstaver (A–Z), sifre og bindestreker, for eksempel OSLO-1. Sjekk det koordinatoren sendte.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="196"/>
        <source>Something in the shop’s details was not accepted. Check each field and try again.</source>
        <translation>Noe i butikkens opplysninger ble ikke godtatt. Sjekk hvert felt og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="205"/>
        <source>The day of %1 is open at till %2. Close the day with a Z report first, then change the VAT registration.</source>
        <translation>Dagen %1 er åpen i kasse %2. Avslutt dagen med en Z-rapport først, og endre så MVA-registreringen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="218"/>
        <source>Type the till’s name, for example Kasse 2 (at most %1 letters).</source>
        <translation>Skriv navnet på kassa, for eksempel Kasse 2 (høyst %1 tegn).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="222"/>
        <source>A till’s code has 1 to %1 letters (A–Z), digits and hyphens, for example K2. Check it.</source>
        <translation>Koden til en kasse har 1 til %1 bokstaver (A–Z), sifre og bindestreker, for eksempel K2. Sjekk den.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="232"/>
        <source>There is already a till called %1. Choose another name.</source>
        <translation>Det finnes allerede en kasse som heter %1. Velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="234"/>
        <source>There is already a till with the code %1. Choose another code, for example the next number.</source>
        <translation>Det finnes allerede en kasse med koden %1. Velg en annen kode, for eksempel neste nummer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="507"/>
        <source>This item is already in the cart. Each item can be sold only once.</source>
        <translation>Denne varen er allerede i handlekurven. Hver vare kan bare selges én gang.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="510"/>
        <source>This product is no longer in the shop’s list. Ask the shop leader to check the buttons.</source>
        <translation>Dette produktet finnes ikke lenger i butikkens liste. Be butikklederen sjekke knappene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="514"/>
        <source>This category is no longer in the shop’s list. Choose another one, or ask the shop leader.</source>
        <translation>Denne kategorien finnes ikke lenger i butikkens liste. Velg en annen, eller spør butikklederen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="518"/>
        <source>This donation is not in the shop’s list. Look at the list of donations again.</source>
        <translation>Denne gaven finnes ikke i butikkens liste. Se på listen over gaver igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="521"/>
        <source>That line is no longer in the cart. Look at the cart and try again.</source>
        <translation>Den linjen er ikke lenger i handlekurven. Se på handlekurven og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="524"/>
        <source>A donated item is one of a kind, so the number stays 1. Scan each item on its own.</source>
        <translation>En brukt vare er unik, så antallet er alltid 1. Skann hver vare for seg.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="527"/>
        <source>The cart is empty. Scan an item or tap a product first.</source>
        <translation>Handlekurven er tom. Skann en vare eller trykk på et produkt først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="528"/>
        <source>This parked sale is no longer there; it may have been picked up. Look at the list again.</source>
        <translation>Dette parkerte salget er ikke her lenger. Kanskje noen har hentet det. Se på listen igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="532"/>
        <source>This person is no longer in the shop’s list. Choose your name again.</source>
        <translation>Denne personen finnes ikke lenger i butikkens liste. Velg navnet ditt på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="535"/>
        <source>This user has been switched off. Ask the shop leader for help.</source>
        <translation>Denne brukeren er deaktivert. Be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="538"/>
        <source>That sale could not be found. Check the receipt number and try again.</source>
        <translation>Fant ikke det salget. Sjekk kvitteringsnummeret og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="22"/>
        <source>The paper roll is nearly empty. Put in a new roll when there is a quiet moment.</source>
        <translation>Papirrullen er nesten tom. Sett i en ny rull når det blir en rolig stund.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="30"/>
        <source>This connection cannot tell how the printer is. Print a sample to see that it works.</source>
        <translation>Denne tilkoblingen kan ikke si hvordan det står til med skriveren. Skriv ut en prøve for å se at den virker.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="35"/>
        <source>The paper is out. Put in a new roll.</source>
        <translation>Papiret er tomt. Sett i en ny rull.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="36"/>
        <source>The cover is open. Close it firmly.</source>
        <translation>Dekselet er åpent. Lukk det godt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="37"/>
        <source>The printer says it is offline. Look for jammed paper, or switch it off and on.</source>
        <translation>Skriveren sier at den er frakoblet. Se etter papir som sitter fast, eller slå den av og på.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="41"/>
        <source>The printer reports an error (its error light may be on). Switch it off and on; if that does not help, ask for help with the printer.</source>
        <translation>Skriveren melder om en feil (feillampen lyser kanskje). Slå den av og på; hjelper ikke det, be om hjelp med skriveren.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="47"/>
        <source>The cash drawer is open.</source>
        <translation>Kasseskuffen er åpen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="51"/>
        <source>The printer is ready.</source>
        <translation>Skriveren er klar.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="61"/>
        <source>The receipt printer does not answer. Check that it is on and plugged in, then try again.</source>
        <translation>Kvitteringsskriveren svarer ikke. Sjekk at den er slått på og koblet til, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="65"/>
        <source>The receipt printer was not found. Check the cable and the printer settings, then try again.</source>
        <translation>Fant ikke kvitteringsskriveren. Sjekk kabelen og skriverinnstillingene, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="69"/>
        <source>The receipt printer is out of paper. Put in a new roll, then try again.</source>
        <translation>Kvitteringsskriveren er tom for papir. Sett i en ny rull, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="72"/>
        <source>No receipt printer is set up yet. A shop leader can choose one in the settings.</source>
        <translation>Ingen kvitteringsskriver er satt opp ennå. En butikkleder kan velge en i innstillingene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="75"/>
        <source>The receipt printer’s cover is open, so it did not print in full. Close the cover firmly, throw away any half-printed slip, then try again.</source>
        <translation>Dekselet på kvitteringsskriveren er åpent, så den skrev ikke ut alt. Lukk dekselet godt, kast lappen hvis den er halvt utskrevet, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="80"/>
        <source>The receipt printer says it is not ready (its error light may be on). Look for jammed paper, close the cover, or switch it off and on, then try again.</source>
        <translation>Kvitteringsskriveren sier at den ikke er klar (feillampen lyser kanskje). Se etter papir som sitter fast, lukk dekselet, eller slå den av og på, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="85"/>
        <source>The receipt printer did not answer when the till asked if it was ready, so nothing was sent to it. Check that it is on and its light is steady, then try again.</source>
        <translation>Kvitteringsskriveren svarte ikke da kassa spurte om den var klar, så ingenting ble sendt til den. Sjekk at den er på og at lampen lyser jevnt, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="90"/>
        <source>The receipt printer stopped taking in what was sent, so it may not have printed in full. Switch it off and on (that clears what it holds), then try again.</source>
        <translation>Kvitteringsskriveren sluttet å ta imot det som ble sendt, så den har kanskje ikke skrevet ut alt. Slå den av og på (da tømmes det den holder på), og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="95"/>
        <source>This computer has no printing system (CUPS) to send the receipt through. A shop leader can choose another connection in the printer settings.</source>
        <translation>Denne datamaskinen har ikke noe utskriftssystem (CUPS) å sende kvitteringen gjennom. En butikkleder kan velge en annen tilkobling i skriverinnstillingene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="103"/>
        <source>The receipt printer could not print. Check that it is on and has paper, then try again.</source>
        <translation>Kvitteringsskriveren fikk ikke skrevet ut. Sjekk at den er slått på og har papir, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="111"/>
        <source>The receipt printer does not answer. Open the drawer with the key, or check that the printer is on and press “Open the drawer”.</source>
        <translation>Kvitteringsskriveren svarer ikke. Åpne kasseskuffen med nøkkelen, eller sjekk at skriveren er på og trykk på «Åpne kasseskuffen».</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="117"/>
        <source>The receipt printer is out of paper, and it opens the drawer only when it is ready. Open the drawer with the key, or put in a new roll and press “Open the drawer”.</source>
        <translation>Kvitteringsskriveren er tom for papir og åpner ikke kasseskuffen før den er klar. Åpne kasseskuffen med nøkkelen, eller sett i en ny rull og trykk på «Åpne kasseskuffen».</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="122"/>
        <source>The receipt printer’s cover is open. Open the drawer with the key, or close the cover and press “Open the drawer”.</source>
        <translation>Dekselet på kvitteringsskriveren er åpent. Åpne kasseskuffen med nøkkelen, eller lukk dekselet og trykk på «Åpne kasseskuffen».</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="127"/>
        <source>The receipt printer says it is not ready. Open the drawer with the key, or sort out the printer and press “Open the drawer”.</source>
        <translation>Kvitteringsskriveren sier at den ikke er klar. Åpne kasseskuffen med nøkkelen, eller ordne skriveren og trykk på «Åpne kasseskuffen».</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="132"/>
        <source>The printer was busy for too long, so the drawer was not opened later by itself. Press “Open the drawer”, or open it with the key.</source>
        <translation>Skriveren var opptatt for lenge, så kasseskuffen ble ikke åpnet av seg selv etterpå. Trykk på «Åpne kasseskuffen», eller åpne den med nøkkelen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="137"/>
        <source>No receipt printer is set up, and the drawer opens through it. Open it with the key.</source>
        <translation>Ingen kvitteringsskriver er satt opp, og kasseskuffen åpnes gjennom den. Åpne kasseskuffen med nøkkelen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="141"/>
        <source>The drawer did not open. %1</source>
        <translation>Kasseskuffen åpnet seg ikke. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="146"/>
        <source>The label printer does not answer. Check that it is on and plugged in.</source>
        <translation>Etikettskriveren svarer ikke. Sjekk at den er slått på og koblet til.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="149"/>
        <source>The label printer was not found. A shop leader can check it in the label printer settings.</source>
        <translation>Fant ikke etikettskriveren. En butikkleder kan sjekke den i innstillingene for etikettskriveren.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="153"/>
        <source>The label printer is out of labels. Put in a new roll.</source>
        <translation>Etikettskriveren er tom for etiketter. Sett i en ny rull.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="154"/>
        <source>No label printer is set up. A shop leader can choose one in the settings.</source>
        <translation>Ingen etikettskriver er satt opp. En butikkleder kan velge en i innstillingene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="157"/>
        <source>This computer has no printing system (CUPS) to send labels through. Choose another connection, or ask for CUPS to be installed.</source>
        <translation>Denne datamaskinen har ikke noe utskriftssystem (CUPS) som etikettene kan sendes gjennom. Velg en annen tilkobling, eller be om å få installert CUPS.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="162"/>
        <source>The label printer’s cover is open. Close it firmly, then print the labels again.</source>
        <translation>Dekselet på etikettskriveren er åpent. Lukk det godt, og skriv ut etikettene igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="165"/>
        <source>The label printer says it is not ready. Look for a jammed label, or switch it off and on.</source>
        <translation>Etikettskriveren sier at den ikke er klar. Se etter en etikett som sitter fast, eller slå den av og på.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="169"/>
        <source>The label printer did not answer when asked if it was ready, so nothing was sent. Check that it is on, then print the labels again.</source>
        <translation>Etikettskriveren svarte ikke da den ble spurt om den var klar, så ingenting ble sendt. Sjekk at den er på, og skriv ut etikettene igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="174"/>
        <source>The label printer stopped taking in the labels. Switch it off and on, then print them again.</source>
        <translation>Etikettskriveren sluttet å ta imot etikettene. Slå den av og på, og skriv dem ut igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="181"/>
        <source>The label printer could not print. Check that it is on and has labels.</source>
        <translation>Etikettskriveren fikk ikke skrevet ut. Sjekk at den er slått på og har etiketter.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_store.py" line="19"/>
        <source>Nothing was saved: the disk is full. Ask the shop leader to free some space, then try again.</source>
        <translation>Ingenting ble lagret: disken er full. Be butikklederen om hjelp til å frigjøre plass, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_store.py" line="23"/>
        <source>Nothing was saved: another program is using the database. Wait a moment, then try again.</source>
        <translation>Ingenting ble lagret: et annet program bruker databasen. Vent litt, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_store.py" line="27"/>
        <source>Nothing was saved: the database file is read-only, so nothing can be written to it. Ask the shop leader for help.</source>
        <translation>Ingenting ble lagret: databasefilen er skrivebeskyttet, så ingenting kan skrives til den. Be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_store.py" line="32"/>
        <source>Nothing was saved: the disk could not be read or written. Check that the disk or memory stick is in place, then try again. If it happens again, ask the shop leader for help.</source>
        <translation>Ingenting ble lagret: disken kunne ikke leses eller skrives. Sjekk at disken eller minnepinnen sitter i, og prøv igjen. Skjer det igjen, be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_store.py" line="37"/>
        <source>Nothing was saved: the database file is damaged. Ask the shop leader for help; the shop&apos;s data can be brought back from a backup.</source>
        <translation>Ingenting ble lagret: databasefilen er skadet. Be butikklederen om hjelp; butikkens data kan hentes tilbake fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_store.py" line="42"/>
        <source>Nothing was saved: the database file cannot be found or opened. Check that the disk or memory stick is in place, then try again.</source>
        <translation>Ingenting ble lagret: databasefilen finnes ikke eller kan ikke åpnes. Sjekk at disken eller minnepinnen sitter i, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="29"/>
        <source>The sale is not saved: the disk is full. Do not give the customer the goods yet. Ask the shop leader to free some space, then tap Try again.</source>
        <translation>Salget er ikke lagret: disken er full. Ikke gi kunden varene ennå. Be butikklederen om hjelp til å frigjøre plass, og trykk på Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="34"/>
        <source>The sale is not saved: another program is using the database. Do not give the customer the goods yet. Wait a moment, then tap Try again.</source>
        <translation>Salget er ikke lagret: et annet program bruker databasen. Ikke gi kunden varene ennå. Vent litt, og trykk på Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="39"/>
        <source>The sale is not saved: the database file is read-only, so nothing can be written to it. Do not give the customer the goods yet. Ask the shop leader for help, then tap Try again.</source>
        <translation>Salget er ikke lagret: databasefilen er skrivebeskyttet, så ingenting kan skrives til den. Ikke gi kunden varene ennå. Be butikklederen om hjelp, og trykk på Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="44"/>
        <source>The sale is not saved: the disk could not be written to. Do not give the customer the goods yet. Check that the disk or memory stick is in place, then tap Try again.</source>
        <translation>Salget er ikke lagret: disken kunne ikke skrives til. Ikke gi kunden varene ennå. Sjekk at disken eller minnepinnen sitter i, og trykk på Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="49"/>
        <source>The sale is not saved: the database file is damaged. Do not give the customer the goods yet. Ask the shop leader for help; the shop&apos;s data can be brought back from a backup.</source>
        <translation>Salget er ikke lagret: databasefilen er skadet. Ikke gi kunden varene ennå. Be butikklederen om hjelp; butikkens data kan hentes tilbake fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="54"/>
        <source>The sale is not saved: the database file cannot be found or opened. Do not give the customer the goods yet. Check that the disk or memory stick is in place, then tap Try again.</source>
        <translation>Salget er ikke lagret: databasefilen finnes ikke eller kan ikke åpnes. Ikke gi kunden varene ennå. Sjekk at disken eller minnepinnen sitter i, og trykk på Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="63"/>
        <source>The sale is not saved. %1</source>
        <translation>Salget er ikke lagret. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="65"/>
        <source>The sale is not saved: something went wrong. Do not give the customer the goods yet. Tap Try again, or ask the shop leader for help.</source>
        <translation>Salget er ikke lagret: noe gikk galt. Ikke gi kunden varene ennå. Trykk på Prøv igjen, eller be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="72"/>
        <source>The card payment is approved on the terminal: the customer has paid. Ask the customer to wait, and tap Try again when the fault is fixed. If the sale cannot be saved, refund the payment on the terminal, then tap Undo last payment.</source>
        <translation>Kortbetalingen er godkjent på terminalen: kunden har betalt. Be kunden vente, og trykk på Prøv igjen når feilen er rettet. Kan salget ikke lagres, tilbakefør betalingen på terminalen og trykk på Angre siste betaling.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="79"/>
        <source>The Vipps payment is received: the customer has paid. Ask the customer to wait, and tap Try again when the fault is fixed. If the sale cannot be saved, pay the money back in Vipps, then tap Undo last payment.</source>
        <translation>Vipps-betalingen er mottatt: kunden har betalt. Be kunden vente, og trykk på Prøv igjen når feilen er rettet. Kan salget ikke lagres, betal pengene tilbake i Vipps og trykk på Angre siste betaling.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="86"/>
        <source>Keep the customer&apos;s cash apart until the sale is saved. If it cannot be saved, give the cash back, then tap Undo last payment.</source>
        <translation>Legg kundens kontanter til side til salget er lagret. Kan det ikke lagres, gi kontantene tilbake og trykk på Angre siste betaling.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="607"/>
        <source>Something went wrong. Try again, or ask the shop leader for help.</source>
        <translation>Noe gikk galt. Prøv igjen, eller be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="23"/>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="28"/>
        <source>This new price takes more off than the shop lets you give alone.</source>
        <translation>Den nye prisen gir mer rabatt enn butikken lar deg gi alene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="30"/>
        <source>This discount is more than the shop lets you give alone.</source>
        <translation>Denne rabatten er mer enn butikken lar deg gi alene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="32"/>
        <source>The shop wants someone else to approve it, with their PIN and a reason.</source>
        <translation>Butikken vil at en annen person godkjenner den, med PIN-kode og en grunn.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="36"/>
        <source>A shop leader approves it with their PIN and a reason.</source>
        <translation>En butikkleder godkjenner den med sin PIN-kode og en grunn.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="42"/>
        <source>Nobody here may approve this yet. Ask the administrator for help.</source>
        <translation>Ingen her kan godkjenne dette ennå. Be administratoren om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="45"/>
        <source>You asked for this, so someone else must approve it: %1.</source>
        <translation>Du ba om dette, så en annen må godkjenne det: %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="49"/>
        <source>%1 may not approve this. %2 can: tap that name, then type the PIN.</source>
        <translation>%1 kan ikke godkjenne dette. %2 kan: trykk på det navnet, og skriv PIN-koden.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="57"/>
        <source>The limit in per cent is a whole number from 0 to 100. Nothing was changed.</source>
        <translation>Grensen i prosent er et helt tall fra 0 til 100. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="61"/>
        <source>The limit in kroner is an amount from 0 to %1. Nothing was changed.</source>
        <translation>Grensen i kroner er et beløp fra 0 til %1. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="67"/>
        <source>Choose a reason or write a few words first, then approve.</source>
        <translation>Velg en grunn eller skriv noen ord først, og godkjenn så.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="25"/>
        <source>No scale is set up. Type the kilos, or ask the shop leader to choose the scale in the settings.</source>
        <translation>Ingen vekt er satt opp. Skriv kiloene, eller be butikklederen velge vekta i innstillingene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="29"/>
        <source>The scale was not found. Check that its cable is in and it is switched on, then tap Weigh again. You can also type the kilos.</source>
        <translation>Fant ikke vekta. Sjekk at kabelen sitter i og at vekta er slått på, og trykk på Vei igjen. Du kan også skrive kiloene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="34"/>
        <source>The scale does not answer. Check that it is switched on, then tap Weigh again. You can also type the kilos.</source>
        <translation>Vekta svarer ikke. Sjekk at den er slått på, og trykk på Vei igjen. Du kan også skrive kiloene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="39"/>
        <source>The scale answers in a way the till does not understand. Ask the shop leader to check the scale settings. You can type the kilos meanwhile.</source>
        <translation>Vekta svarer på en måte kassa ikke forstår. Be butikklederen sjekke innstillingene for vekta. Du kan skrive kiloene så lenge.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="44"/>
        <source>The weight did not settle. Let go of the bag and keep the scale still, then tap Weigh again.</source>
        <translation>Vekta kom ikke til ro. Slipp posen og hold vekta i ro, og trykk på Vei igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="48"/>
        <source>That is more than the scale can weigh. Weigh it in two parts, each on its own row.</source>
        <translation>Det er mer enn vekta klarer. Vei det i to deler, hver på sin rad.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="52"/>
        <source>The scale shows less than zero. Take everything off, tap Zero the scale, then weigh again.</source>
        <translation>Vekta viser under null. Ta alt av, trykk på Nullstill vekta, og vei igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="56"/>
        <source>The scale cannot be zeroed now. Take everything off it and wait until it is still, then tap Zero the scale.</source>
        <translation>Vekta kan ikke nullstilles nå. Ta alt av den og vent til den er i ro, og trykk på Nullstill vekta.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="61"/>
        <source>The scale weighs in pounds. Ask the shop leader to set it to kilos. You can type the kilos meanwhile.</source>
        <translation>Vekta veier i pund. Be butikklederen stille den om til kilo. Du kan skrive kiloene så lenge.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="66"/>
        <source>The scale was disconnected while it was weighing. Plug it in again, then tap Weigh again. You can also type the kilos.</source>
        <translation>Vekta ble koblet fra mens den veide. Koble den til igjen, og trykk på Vei igjen. Du kan også skrive kiloene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="72"/>
        <source>The scale could not weigh. Type the kilos, or try again.</source>
        <translation>Vekta kunne ikke veie. Skriv kiloene, eller prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="76"/>
        <source>The scale shows %1 kg.</source>
        <translation>Vekta viser %1 kg.</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="201"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="241"/>
        <source>VAT, vouchers and the cash count</source>
        <translation>MVA, tilgodelapper og kassetelling</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="242"/>
        <source>Most shops keep what is filled in. You can change it later.</source>
        <translation>De fleste butikker beholder det som står. Du kan endre det senere.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="244"/>
        <source>The shop is registered for VAT (MVA)</source>
        <translation>Butikken er MVA-registrert</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="260"/>
        <source>Tick this only if the organisation is in the VAT Register; receipts then show VAT.</source>
        <translation>Kryss av bare hvis organisasjonen står i Merverdiavgiftsregisteret. Da viser kvitteringene MVA.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="271"/>
        <source>A voucher is valid for (days)</source>
        <translation>En tilgodelapp gjelder i (dager)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="276"/>
        <source>How long a voucher (tilgodelapp) can be used after it is given out.</source>
        <translation>Hvor lenge en tilgodelapp kan brukes etter at den er gitt ut.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="280"/>
        <source>Cash difference allowed at closing (kr)</source>
        <translation>Tillatt kassedifferanse ved dagsoppgjør (kr)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="285"/>
        <source>A bigger difference needs a note and a shop leader’s approval. For example 50,00.</source>
        <translation>En større differanse må ha en merknad og godkjennes av en butikkleder. For eksempel 50,00.</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="171"/>
        <source>New PIN</source>
        <translation>Ny PIN-kode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="181"/>
        <source>Give the screen to %1. Only %1 should see what is typed.</source>
        <translation>Gi skjermen til %1. Bare %1 skal se hva som tastes.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="195"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="206"/>
        <source>%1: type your new PIN (4 to 8 digits).</source>
        <translation>%1: skriv den nye PIN-koden din (4 til 8 sifre).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="214"/>
        <source>%1: type the same PIN once more.</source>
        <translation>%1: skriv den samme PIN-koden en gang til.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="220"/>
        <source>The two PINs were not the same. Start again with the new PIN.</source>
        <translation>De to PIN-kodene var ikke like. Begynn på nytt med den nye PIN-koden.</translation>
    </message>
</context>
<context>
    <name>OpenDayScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="44"/>
        <source>Open the day: count the float</source>
        <translation>Åpne dagen: tell vekselen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="50"/>
        <source>Float in the drawer</source>
        <translation>Veksel i kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="65"/>
        <source>Why the float differs</source>
        <translation>Hvorfor vekselen ikke er som sist</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="75"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="77"/>
        <source>Same as last time</source>
        <translation>Samme som sist</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="79"/>
        <source>Start from zero</source>
        <translation>Start fra null</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="81"/>
        <source>Open the day</source>
        <translation>Åpne dagen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="107"/>
        <source>The last close left %1 in the drawer. Count what is there now and change the numbers where they differ.</source>
        <translation>Forrige dagsoppgjør la igjen %1 i kasseskuffen. Tell det som ligger der nå, og endre tallene der de ikke stemmer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="115"/>
        <source>Count the coins and notes in the drawer: tap + for each one, or type the number.</source>
        <translation>Tell myntene og sedlene i kasseskuffen: trykk på + for hver av dem, eller skriv inn antallet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="130"/>
        <source>Open the day with %1</source>
        <translation>Åpne dagen med %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="137"/>
        <source>The last close left %1 in the drawer, and you have counted %2. Count once more; if it stays, write a short note on why.</source>
        <translation>Forrige dagsoppgjør la igjen %1 i kasseskuffen, og du har telt %2. Tell én gang til. Står differansen seg, skriver du en kort merknad om hvorfor.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="175"/>
        <source>Opening the day …</source>
        <translation>Åpner dagen …</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="15"/>
        <source>Parked sales</source>
        <translation>Parkerte salg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="20"/>
        <source>Which sale do you want to resume?</source>
        <translation>Hvilket parkert salg vil du hente?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="27"/>
        <source>Parked at %1 — %2</source>
        <translation>Parkert kl. %1 – %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="34"/>
        <source>%1 already paid</source>
        <translation>%1 er allerede betalt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="40"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ParkedNotice</name>
    <message>
        <location filename="../src/bruktpos/ui/day/parked_notice.py" line="68"/>
        <source>Parked with payment: %1, %2</source>
        <translation>Parkert med betaling: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/day/parked_notice.py" line="74"/>
        <source>%n parked sale(s) without payment stay parked after the close, and can be resumed another day.</source>
        <translation>
            <numerusform>%n parkert salg uten betaling blir stående parkert etter dagsoppgjøret og kan hentes en annen dag.</numerusform>
            <numerusform>%n parkerte salg uten betaling blir stående parkert etter dagsoppgjøret og kan hentes en annen dag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="68"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="69"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="70"/>
        <source>Vipps</source>
        <translation>Vipps</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="71"/>
        <source>Voucher</source>
        <translation>Tilgodelapp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="79"/>
        <source>cash</source>
        <comment>in a sentence</comment>
        <translation>kontant</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="80"/>
        <source>card</source>
        <comment>in a sentence</comment>
        <translation>kort</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="81"/>
        <source>Vipps</source>
        <comment>in a sentence</comment>
        <translation>Vipps</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="82"/>
        <source>voucher</source>
        <comment>in a sentence</comment>
        <translation>tilgodelapp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="108"/>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="233"/>
        <source>Cash rounding</source>
        <translation>Øreavrunding</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="236"/>
        <source>To pay</source>
        <translation>Å betale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="238"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="239"/>
        <source>Left to pay</source>
        <translation>Igjen å betale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="252"/>
        <source>Undo last payment</source>
        <translation>Angre siste betaling</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="255"/>
        <source>Back to the sale</source>
        <translation>Tilbake til salget</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="284"/>
        <source>What did the customer give you? Tap a note or type the amount.</source>
        <translation>Hvor mye fikk du av kunden? Trykk på en seddel eller skriv inn beløpet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="292"/>
        <source>Take cash</source>
        <translation>Ta imot kontant</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="317"/>
        <source>Scan the voucher, or type the number under its barcode.</source>
        <translation>Skann tilgodelappen, eller skriv inn nummeret under strekkoden.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="321"/>
        <source>Voucher number</source>
        <translation>Nummer på tilgodelapp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="324"/>
        <source>Look up</source>
        <translation>Slå opp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="334"/>
        <source>Pay with the voucher</source>
        <translation>Betal med tilgodelappen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="354"/>
        <source>Left on the voucher: %1. Valid until %2.</source>
        <translation>Igjen på tilgodelappen: %1. Gyldig til %2.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="367"/>
        <source>Scan the voucher first, then tap Pay.</source>
        <translation>Skann tilgodelappen først, og trykk så på Betal.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="380"/>
        <source>Change</source>
        <translation>Vekslepenger</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="394"/>
        <source>Print receipt</source>
        <translation>Skriv ut kvittering</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="462"/>
        <source>The customer pays to the shop’s Vipps number %1. When the customer’s phone shows the payment as done, tap the button. To split, change the amount first.</source>
        <translation>Kunden betaler til butikkens Vipps-nummer %1. Når kundens telefon viser at betalingen er fullført, trykker du på «Vipps-betaling mottatt». Vil du dele betalingen, endrer du beløpet først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="468"/>
        <source>The customer pays to the shop’s Vipps number. When the customer’s phone shows the payment as done, tap the button. To split, change the amount first. (An administrator can put the number in under Menu → The shop.)</source>
        <translation>Kunden betaler til butikkens Vipps-nummer. Når kundens telefon viser at betalingen er fullført, trykker du på «Vipps-betaling mottatt». Vil du dele betalingen, endrer du beløpet først. (En administrator kan legge inn nummeret under Meny → Oppsett → Butikken.)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="527"/>
        <source>The cash drawer is open.</source>
        <translation>Kasseskuffen er åpen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="528"/>
        <source>Close it, then you can go on. The payment is kept.</source>
        <translation>Lukk den, så kan du fortsette. Betalingen er tatt vare på.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="709"/>
        <source>A code was scanned. The sale is already done: press “Print receipt” on the screen.</source>
        <translation>En kode ble skannet. Salget er allerede ferdig: trykk på «Skriv ut kvittering» på skjermen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="417"/>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="445"/>
        <source>Key the amount into the card terminal. When it says APPROVED, tap the button. To split, change the amount first.</source>
        <translation>Tast beløpet inn på kortterminalen. Når den viser GODKJENT, trykker du på «Kortbetaling godkjent». Vil du dele betalingen, endrer du beløpet først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="449"/>
        <source>Card payment approved</source>
        <translation>Kortbetaling godkjent</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="452"/>
        <source>Vipps payment received</source>
        <translation>Vipps-betaling mottatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="480"/>
        <source>Type the amount that was paid on the terminal.</source>
        <translation>Skriv inn beløpet som ble betalt på terminalen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="502"/>
        <source>Saving …</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="557"/>
        <source>The sale is not saved</source>
        <translation>Salget er ikke lagret</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="572"/>
        <source>Sale completed. Receipt number %1.</source>
        <translation>Salget er fullført. Kvitteringsnummer %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="618"/>
        <source>Exact cash: %1</source>
        <translation>Akkurat beløp: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="638"/>
        <source>Left on the voucher: %1</source>
        <translation>Igjen på tilgodelappen: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="646"/>
        <source> (given %1, change %2)</source>
        <translation> (gitt %1, vekslepenger %2)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="713"/>
        <source>A code was scanned during payment. Nothing was paid by it: tap the screen to take payment.</source>
        <translation>En kode ble skannet under betalingen. Ingenting ble betalt med den: trykk på skjermen for å ta betalt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="724"/>
        <source>Payments are already taken. Undo them first if you want to go back to the sale.</source>
        <translation>Det er allerede tatt imot betaling. Angre betalingene først hvis du vil tilbake til salget.</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="56"/>
        <source>People</source>
        <translation>Folk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="62"/>
        <source>Everyone who may log in at the till. Tap a name, then what to do. Nobody is deleted: someone who stops is switched off, and their sales keep their name.</source>
        <translation>Alle som kan logge inn i kassa. Trykk på et navn, og så på det du vil gjøre. Ingen slettes: den som slutter, deaktiveres, og salgene deres beholder navnet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="70"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="70"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="70"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="88"/>
        <source>Add a person</source>
        <translation>Legg til person</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="89"/>
        <source>Change role</source>
        <translation>Endre rolle</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="90"/>
        <source>New PIN</source>
        <translation>Ny PIN-kode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="91"/>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="92"/>
        <location filename="../src/bruktpos/ui/admin/people.py" line="165"/>
        <location filename="../src/bruktpos/ui/admin/people.py" line="255"/>
        <source>Deactivate</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="95"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="152"/>
        <source>Switched off</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="154"/>
        <source>Locked until %1</source>
        <translation>Låst til kl. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="156"/>
        <source>Needs a PIN (New PIN)</source>
        <translation>Trenger PIN-kode (Ny PIN-kode)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="157"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="165"/>
        <source>Activate again</source>
        <translation>Aktiver igjen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="183"/>
        <source>%1 was not added: no PIN was chosen.</source>
        <translation>%1 ble ikke lagt til: ingen PIN-kode ble valgt. Trykk på Legg til person for å prøve igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="186"/>
        <source>%1 is added and can log in now.</source>
        <translation>%1 er lagt til og kan logge inn nå.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="199"/>
        <source>%1 is now: %2.</source>
        <translation>%1 er nå: %2.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="212"/>
        <source>%1 has a new PIN.</source>
        <translation>%1 har fått ny PIN-kode.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="221"/>
        <source>%1 is unlocked and can log in again.</source>
        <translation>%1 er låst opp og kan logge inn igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="232"/>
        <source>%1 is switched off.</source>
        <translation>%1 er deaktivert.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="235"/>
        <source>%1 can log in again.</source>
        <translation>%1 kan logge inn igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="245"/>
        <source>Switch off?</source>
        <translation>Deaktivere?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="249"/>
        <source>Switch off %1? %1 can no longer log in or approve anything. Their sales keep their name, and you can switch them on again later.</source>
        <translation>Deaktivere %1? %1 kan ikke lenger logge inn eller godkjenne noe. Salgene beholder navnet, og du kan aktivere personen igjen senere.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="256"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PersonPin</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="85"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="89"/>
        <source>Back to the list of names (Esc)</source>
        <translation>Tilbake til listen med navn (Esc)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="117"/>
        <source>Hi, %1! Type your PIN.</source>
        <translation>Hei, %1! Skriv PIN-koden din.</translation>
    </message>
</context>
<context>
    <name>PiecesDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="69"/>
        <source>How many %1?</source>
        <translation>Hvor mange %1?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="81"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="84"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/pin_pad.py" line="47"/>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/pin_pad.py" line="60"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/pin_pad.py" line="65"/>
        <source>Type your PIN on the keys first, then tap OK.</source>
        <translation>Skriv PIN-koden på tastene først, og trykk så på OK.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/pin_pad.py" line="92"/>
        <source>Checking your PIN …</source>
        <translation>Sjekker PIN-koden …</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="50"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PricingScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="146"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="146"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="146"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="155"/>
        <source>Register donation</source>
        <translation>Registrer gave</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="165"/>
        <source>Correct a donation …</source>
        <translation>Rett opp en gave …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="159"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="193"/>
        <source>Description (optional), e.g. “Blue wool sweater”</source>
        <translation>Beskrivelse (valgfritt), f.eks. «Blå ullgenser»</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="197"/>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="202"/>
        <source>How many</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="220"/>
        <source>One label each</source>
        <translation>Én etikett per vare</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="221"/>
        <source>One price tag</source>
        <translation>Én prislapp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="243"/>
        <source>A4, %1 labels of %2 × %3 mm</source>
        <translation>A4, %1 etiketter på %2 × %3 mm</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="251"/>
        <source>start at label </source>
        <translation>start på etikett </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="258"/>
        <source>Print labels</source>
        <translation>Skriv ut etiketter</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="300"/>
        <source>The items are saved: print their labels from “Items in stock”, or on A4 sheets.</source>
        <translation>Varene er lagret. Skriv ut etikettene fra «Varer på lager», eller på A4-ark.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="332"/>
        <source>Choose a category on the left.</source>
        <translation>Velg en kategori til venstre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="364"/>
        <source> of %1</source>
        <translation> av %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="371"/>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="384"/>
        <source>Log in first, then register the donation.</source>
        <translation>Logg inn først, og registrer så gaven.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="378"/>
        <source>The donation is registered (%1 kg). Now price the items.</source>
        <translation>Gaven er registrert (%1 kg). Nå kan du prise varene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="388"/>
        <source>Correcting a registered donation</source>
        <translation>Å rette opp en registrert gave</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="390"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="396"/>
        <source>The correction is saved. The reports show the corrected kilos.</source>
        <translation>Rettelsen er lagret. Rapportene viser de rettede kiloene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="413"/>
        <source>Choose a category on the left first.</source>
        <translation>Velg en kategori til venstre først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="417"/>
        <source>Tap a price or type one first.</source>
        <translation>Trykk på en pris eller skriv inn en først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="420"/>
        <source>The last labels are still being made. Wait a moment.</source>
        <translation>De forrige etikettene lages fortsatt. Vent litt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="449"/>
        <source>The labels are being printed on the label printer.</source>
        <translation>Etikettene skrives ut på etikettskriveren.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="464"/>
        <source>Saving the items …</source>
        <translation>Lagrer varene …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="521"/>
        <source>Making the label sheet …</source>
        <translation>Lager etikettarket …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="494"/>
        <source>Making the label sheet … %1 of %2</source>
        <translation>Lager etikettarket … %1 av %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="514"/>
        <source>The items are saved, but the labels could not be written to %1. Ask the shop leader.</source>
        <translation>Varene er lagret, men etikettene kunne ikke skrives til %1. Be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="505"/>
        <source>The labels are saved in %1. Open it and print at 100 %.</source>
        <translation>Etikettene er lagret i %1. Åpne filen og skriv ut i 100 % størrelse.</translation>
    </message>
</context>
<context>
    <name>PrintProblem</name>
    <message>
        <location filename="../src/bruktpos/ui/till/print_problem.py" line="36"/>
        <source>Print again</source>
        <translation>Skriv ut igjen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/print_problem.py" line="71"/>
        <source>The voucher is saved, but it did not print. %1</source>
        <translation>Tilgodelappen er lagret, men den ble ikke skrevet ut. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/print_problem.py" line="93"/>
        <source>The sale is saved, but the receipt did not print. %1</source>
        <translation>Salget er lagret, men kvitteringen ble ikke skrevet ut. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/print_problem.py" line="95"/>
        <source>Receipt %1 did not print. The sale is saved. %2</source>
        <translation>Kvittering %1 ble ikke skrevet ut. Salget er lagret. %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/print_problem.py" line="98"/>
        <source>Receipt %1 at %2 did not print. The sale is saved. %3</source>
        <translation>Kvittering %1 kl. %2 ble ikke skrevet ut. Salget er lagret. %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/till/print_problem.py" line="105"/>
        <source>%n more receipt(s) have not printed yet.</source>
        <translation>
            <numerusform>%n kvittering til er ikke skrevet ut ennå.</numerusform>
            <numerusform>%n kvitteringer til er ikke skrevet ut ennå.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="119"/>
        <source>No printer yet</source>
        <translation>Ingen skriver ennå</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="120"/>
        <source>File (for testing)</source>
        <translation>Fil (for testing)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="121"/>
        <source>Network</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="122"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="123"/>
        <source>Serial port</source>
        <translation>Seriell port</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="124"/>
        <source>Printer set up in the computer (print queue)</source>
        <translation>Skriver som er satt opp på datamaskinen (utskriftskø)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="139"/>
        <source>You can set up the receipt printer later, in the settings.</source>
        <translation>Du kan sette opp kvitteringsskriveren senere, i innstillingene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="144"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="151"/>
        <source>Receipts are written to this file instead of on paper, to try the till out.</source>
        <translation>Kvitteringene skrives til denne filen i stedet for på papir, så du kan prøve kassa.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="152"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="164"/>
        <source>The printer’s address on the shop’s network. The port is nearly always 9100.</source>
        <translation>Skriverens adresse på butikkens nettverk. Porten er nesten alltid 9100.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="165"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="165"/>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="187"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="176"/>
        <source>The two numbers the computer shows for the printer, for example 04b8 and 0202.</source>
        <translation>De to numrene datamaskinen viser for skriveren, for eksempel 04b8 og 0202.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="177"/>
        <source>Vendor ID</source>
        <translation>Produsent-ID</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="177"/>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="186"/>
        <source>The serial port the printer is plugged into.</source>
        <translation>Den serielle porten skriveren er koblet til.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="197"/>
        <source>A printer the computer already knows. Choose it, or type its name.</source>
        <translation>En skriver som datamaskinen allerede kjenner. Velg den, eller skriv inn navnet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="198"/>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="271"/>
        <source>Type the name of the file for the receipts.</source>
        <translation>Skriv inn navnet på filen for kvitteringene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="273"/>
        <source>Type the printer’s address, for example 192.168.1.50.</source>
        <translation>Skriv inn adressen til skriveren, for eksempel 192.168.1.50.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="275"/>
        <source>Type both numbers with 1 to 4 digits or letters a–f, for example 04b8 and 0202.</source>
        <translation>Skriv inn begge numrene med 1 til 4 sifre eller bokstavene a–f, for eksempel 04b8 og 0202.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="277"/>
        <source>Type the serial port, for example /dev/ttyUSB0 or COM1.</source>
        <translation>Skriv inn den serielle porten, for eksempel /dev/ttyUSB0 eller COM1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="279"/>
        <source>Choose the printer, or type its name.</source>
        <translation>Velg skriveren, eller skriv inn navnet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="322"/>
        <source>File for the receipts</source>
        <translation>Fil for kvitteringene</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="462"/>
        <source>The receipt printer</source>
        <translation>Kvitteringsskriveren</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="463"/>
        <source>How is the receipt printer connected? You can change this later.</source>
        <translation>Hvordan er kvitteringsskriveren koblet til? Du kan endre dette senere.</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="58"/>
        <source>Receipt printer</source>
        <translation>Kvitteringsskriver</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="72"/>
        <source>Pin 2 (most drawers)</source>
        <translation>Pinne 2 (de fleste kasseskuffer)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="73"/>
        <source>Pin 5</source>
        <translation>Pinne 5</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="75"/>
        <source>Paper</source>
        <translation>Papir</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="76"/>
        <source>Letters (code page)</source>
        <translation>Bokstaver (tegntabell)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="77"/>
        <source>Cash drawer</source>
        <translation>Kasseskuff</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="89"/>
        <source>Ask the printer if it has paper and its cover is shut, before and after each receipt</source>
        <translation>Spør skriveren om den har papir og dekselet er lukket, før og etter hver kvittering</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="108"/>
        <source>Ask the printer</source>
        <translation>Spør skriveren</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="110"/>
        <source>Print a sample</source>
        <translation>Skriv ut en prøve</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="126"/>
        <source>The sample was sent to the printer.</source>
        <translation>Prøven ble sendt til skriveren.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="174"/>
        <source>80 mm (42 characters)</source>
        <translation>80 mm (42 tegn)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="175"/>
        <source>58 mm (32 characters)</source>
        <translation>58 mm (32 tegn)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="214"/>
        <source>Asking the printer …</source>
        <translation>Spør skriveren …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="224"/>
        <source>Printing a sample …</source>
        <translation>Skriver ut en prøve …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="106"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="112"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="165"/>
        <source>These settings do not work. Check the address and the numbers, then try again.</source>
        <translation>Disse innstillingene virker ikke. Sjekk adressen og tallene, og prøv igjen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="177"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n tegn</numerusform>
            <numerusform>%n tegn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="187"/>
        <source>%1 (the usual one)</source>
        <translation>%1 (den vanlige)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="196"/>
        <source>A printer through the computer’s print queue cannot tell the till whether it has paper or its cover is open; the till only knows that the queue took the receipt. If a receipt does not come out, look at the printer, then print it again from the sale.</source>
        <translation>En skriver som går gjennom datamaskinens utskriftskø, kan ikke si fra til kassa om den har papir eller om dekselet er åpent; kassa vet bare at køen tok imot kvitteringen. Kommer det ingen kvittering, se på skriveren og skriv den ut igjen fra salget.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="201"/>
        <source>A file cannot answer, so the till does not ask it.</source>
        <translation>En fil kan ikke svare, så kassa spør den ikke.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="212"/>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="222"/>
        <source>Choose a connection first.</source>
        <translation>Velg en tilkobling først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="236"/>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="85"/>
        <source>For example Kaffe or Vaffel</source>
        <translation>For eksempel Kaffe eller Vaffel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="88"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="92"/>
        <source>kroner, for example 25 or 49,50</source>
        <translation>kroner, for eksempel 25 eller 49,50</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="95"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="109"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="112"/>
        <source>VAT</source>
        <translation>MVA</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="115"/>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="119"/>
        <source>optional: scan the product&apos;s barcode here</source>
        <translation>valgfritt: skann produktets strekkode her</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="122"/>
        <source>Barcode</source>
        <translation>Strekkode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="125"/>
        <source>Keep a stock count (deliveries in, sales out)</source>
        <translation>Hold lagertelling (leveranser inn, salg ut)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="126"/>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="134"/>
        <source>The price is in kroner, for example 25 or 49,50. VAT “as the category” follows the category, also when its VAT is changed later.</source>
        <translation>Prisen skrives i kroner, for eksempel 25 eller 49,50. MVA «som kategorien» følger kategorien, også om kategoriens MVA endres senere.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="138"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="138"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="148"/>
        <source>As the category: %1</source>
        <translation>Som kategorien: %1</translation>
    </message>
</context>
<context>
    <name>ProductTile</name>
    <message>
        <location filename="../src/bruktpos/ui/till/tiles.py" line="96"/>
        <source>%1 left</source>
        <translation>%1 igjen</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="184"/>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="186"/>
        <source>The café&apos;s menu and new goods: the till&apos;s fixed-price buttons, in their order. Tap a product, then what to do. A product that stops is retired; its sales stay.</source>
        <translation>Kafémenyen og nye varer: kassas knapper med fast pris, i den rekkefølgen de står. Trykk på et produkt, så på det du vil gjøre. Et produkt som ikke selges lenger, tas ut av bruk; salgene blir stående.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="190"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="191"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="192"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="193"/>
        <source>VAT</source>
        <translation>MVA</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="194"/>
        <source>Stock count</source>
        <translation>Lagertelling</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="195"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="201"/>
        <source>Categories …</source>
        <translation>Kategorier …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="205"/>
        <location filename="../src/bruktpos/ui/admin/products.py" line="241"/>
        <source>Add a product</source>
        <translation>Legg til produkt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="216"/>
        <source>%1 (the category&apos;s)</source>
        <translation>%1 (kategoriens)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="218"/>
        <source>Active</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="218"/>
        <source>Retired</source>
        <translation>Ute av bruk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="237"/>
        <source>Add a category first: every product belongs to one.</source>
        <translation>Legg til en kategori først: hvert produkt hører til en.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="247"/>
        <source>%1 is added. It is on the till now.</source>
        <translation>%1 er lagt til og er i kassa nå.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="258"/>
        <source>Change %1</source>
        <translation>Endre %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="264"/>
        <source>%1 is saved.</source>
        <translation>%1 er lagret.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="284"/>
        <source>Retire %1? Its button leaves the till. Its sales and stock count stay, and you can bring it back later.</source>
        <translation>Ta %1 ut av bruk? Knappen blir borte fra kassa. Salgene og lagertellingen blir stående, og du kan ta det i bruk igjen senere.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="289"/>
        <source>Retire</source>
        <translation>Ta ut av bruk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="293"/>
        <source>%1 is retired.</source>
        <translation>%1 er tatt ut av bruk.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="296"/>
        <source>%1 is back on the till, last.</source>
        <translation>%1 er tilbake i kassa, som siste knapp.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="156"/>
        <source>A reason</source>
        <translation>En grunn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="169"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="172"/>
        <source>Give it</source>
        <translation>Gi den</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="57"/>
        <source>Why? Tap a reason or write a few words:</source>
        <translation>Hvorfor? Trykk på en grunn eller skriv noen ord:</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="65"/>
        <source>Damaged</source>
        <translation>Skadet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="66"/>
        <source>Something missing</source>
        <translation>Noe mangler</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="67"/>
        <source>Wrong price on the label</source>
        <translation>Feil pris på prislappen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="68"/>
        <source>Goodwill</source>
        <translation>Kulanse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="83"/>
        <source>Another reason</source>
        <translation>Annen grunn</translation>
    </message>
</context>
<context>
    <name>ReceiptDesk</name>
    <message>
        <location filename="../src/bruktpos/ui/printing.py" line="230"/>
        <source>BruktPOS was closed before it printed. Press “Print again” to print it now.</source>
        <translation>Den ble ikke skrevet ut før BruktPOS ble lukket. Trykk på «Skriv ut igjen» for å skrive den ut nå.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/printing.py" line="245"/>
        <source>It did not print earlier. Press “Print again” to print it now.</source>
        <translation>Den ble ikke skrevet ut tidligere. Trykk på «Skriv ut igjen» for å skrive den ut nå.</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="315"/>
        <source>The receipt’s own texts</source>
        <translation>Kvitteringens egne tekster</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="316"/>
        <source>Up to 4 short lines each. You can change them later.</source>
        <translation>Opptil 4 korte linjer hver. Du kan endre dem senere.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="319"/>
        <source>For example: Open Tuesday to Saturday 10–16</source>
        <translation>For eksempel: Åpent tirsdag–lørdag 10–16</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="322"/>
        <source>At the top</source>
        <translation>Øverst</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="326"/>
        <source>Under the shop’s name and address, for example the opening hours.</source>
        <translation>Under butikkens navn og adresse, for eksempel åpningstidene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="329"/>
        <source>At the bottom</source>
        <translation>Nederst</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="330"/>
        <source>For example “Takk for handelen!”.</source>
        <translation>For eksempel «Takk for handelen!».</translation>
    </message>
</context>
<context>
    <name>RecountArea</name>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="43"/>
        <source>Counted wrong the first time</source>
        <translation>Talte feil første gang</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="43"/>
        <source>A note was stuck to another</source>
        <translation>En seddel satt fast i en annen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="51"/>
        <source>Why the count changed</source>
        <translation>Hvorfor tellingen endret seg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="68"/>
        <source>The second person approves the new count when you tap Next.</source>
        <translation>Den andre personen godkjenner den nye tellingen når du trykker på Neste.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="70"/>
        <source>A shop leader approves the new count when you tap Next.</source>
        <translation>En butikkleder godkjenner den nye tellingen når du trykker på Neste.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="83"/>
        <source>This is the count the till has stored: %1. Counting again now, after the till showed what it expected, needs someone to approve the new count.</source>
        <translation>Dette er tellingen kassa har lagret: %1. En omtelling nå, etter at kassa viste hva den forventet, må godkjennes av noen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="92"/>
        <source>The stored count was %1; this one is %2. Write a short note on why it changed.</source>
        <translation>Den lagrede tellingen var %1, denne er %2. Skriv en kort merknad om hvorfor den endret seg.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="101"/>
        <source>The amount is the same as the stored count, with other coins and notes.</source>
        <translation>Beløpet er det samme som i den lagrede tellingen, med andre mynter og sedler.</translation>
    </message>
</context>
<context>
    <name>RegisterChooser</name>
    <message>
        <location filename="../src/bruktpos/ui/register_choice.py" line="31"/>
        <source>BruktPOS — %1</source>
        <translation>BruktPOS — %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/register_choice.py" line="36"/>
        <source>Which register is this PC?</source>
        <translation>Hvilken kasse er denne PC-en?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/register_choice.py" line="45"/>
        <source>Each register has its own receipt numbers, its own day and its own Z report. Tap the one this PC is. The PC remembers it, so you are asked only once.</source>
        <translation>Hver kasse har egne kvitteringsnumre, egen dag og egen Z-rapport. Trykk på den kassa denne PC-en er. PC-en husker det, så du blir bare spurt én gang.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/register_choice.py" line="70"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>RegistersScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="76"/>
        <source>Registers</source>
        <translation>Kasser</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="82"/>
        <source>Each register has its own receipt numbers, its own day and Z report, and its own signing key. A register is never removed: its receipts and reports keep its name.</source>
        <translation>Hver kasse har egne kvitteringsnumre, egen dag og Z-rapport, og egen signeringsnøkkel. En kasse fjernes aldri: kvitteringene og rapportene beholder navnet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="90"/>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="118"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="90"/>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="119"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="90"/>
        <source>This PC</source>
        <translation>Denne PC-en</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="103"/>
        <source>This PC is this register</source>
        <translation>Denne PC-en er denne kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="111"/>
        <source>A new register</source>
        <translation>En ny kasse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="117"/>
        <source>Kasse 2</source>
        <translation>Kasse 2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="118"/>
        <source>Short, on receipts: K2, KAFE.</source>
        <translation>Kort, står på kvitteringene: K2, KAFE.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="119"/>
        <source>What people call it: Kasse 2, Kafé.</source>
        <translation>Det folk kaller den: Kasse 2, Kafé.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="120"/>
        <source>Add the register</source>
        <translation>Legg til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="132"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="160"/>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="162"/>
        <source>From the next start</source>
        <translation>Fra neste oppstart</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="212"/>
        <source>%1 (%2) is added, with its own receipt numbers. On the PC that will be %1, start BruktPOS and tap %1.</source>
        <translation>%1 (%2) er lagt til, med egne kvitteringsnumre. Start BruktPOS på PC-en som skal være %1, og trykk på %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="231"/>
        <source>This PC could not save its choice. Try again.</source>
        <translation>Denne PC-en fikk ikke lagret valget. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="235"/>
        <source>This PC is %1.</source>
        <translation>Denne PC-en er %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="238"/>
        <source>From the next start this PC is %1. Quit BruktPOS and start it again to use it now.</source>
        <translation>Fra neste oppstart er denne PC-en %1. Avslutt BruktPOS og start på nytt for å bruke den nå.</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../src/bruktpos/ui/day/report_view.py" line="37"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/report_view.py" line="37"/>
        <source>Number</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/report_view.py" line="37"/>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="218"/>
        <source>Reports for %1</source>
        <translation>Rapporter for %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="221"/>
        <source>Save PDF</source>
        <translation>Lagre PDF</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="222"/>
        <source>Save CSV</source>
        <translation>Lagre CSV</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="223"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="233"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="234"/>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="235"/>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="242"/>
        <source>Dates…</source>
        <translation>Datoer …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="249"/>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="251"/>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="259"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="264"/>
        <source>Reading…</source>
        <translation>Leser …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="273"/>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="274"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="287"/>
        <source>Receipts</source>
        <translation>Kvitteringer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="275"/>
        <source>Average per receipt</source>
        <translation>Snitt per kvittering</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="276"/>
        <source>Kilos received</source>
        <translation>Kilo mottatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="282"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="288"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="291"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="282"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="288"/>
        <source>Pieces</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="282"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="283"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="285"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="287"/>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="283"/>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="283"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="285"/>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="285"/>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="285"/>
        <source>Count</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="287"/>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="288"/>
        <source>Kilos</source>
        <translation>Kilo</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="292"/>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="293"/>
        <source>Median days</source>
        <translation>Median dager</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="294"/>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="295"/>
        <source>Of those sold</source>
        <translation>Av dem solgt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="296"/>
        <source>Share sold</source>
        <translation>Andel solgt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="303"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="304"/>
        <source>Café and shop</source>
        <translation>Kafé og butikk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="305"/>
        <source>Payments</source>
        <translation>Betalingsmåter</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="306"/>
        <source>By hour</source>
        <translation>Per time</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="307"/>
        <source>Donations</source>
        <translation>Gaver</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="308"/>
        <source>Sell-through</source>
        <translation>Omløpstid</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="321"/>
        <source>Only a shop leader can see the reports.</source>
        <translation>Bare en butikkleder kan se rapportene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="388"/>
        <source>Week %1: %2–%3</source>
        <translation>Uke %1: %2–%3</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="443"/>
        <source>The file could not be saved (%1). Check the folder and that the disk has room, then try again.</source>
        <translation>Filen kunne ikke lagres (%1). Sjekk mappen og at det er plass på disken, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="449"/>
        <source>The report could not be read. Try again; if it keeps failing, restart BruktPOS.</source>
        <translation>Rapporten kunne ikke leses. Prøv igjen. Hvis det fortsatt ikke går, start BruktPOS på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="461"/>
        <source>Nothing was sold or received in this period.</source>
        <translation>Ingenting ble solgt eller mottatt i denne perioden.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="475"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="501"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="520"/>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="481"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="513"/>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="487"/>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="487"/>
        <source>Café</source>
        <translation>Kafé</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="523"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="542"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="543"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="544"/>
        <source>Vipps</source>
        <translation>Vipps</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="545"/>
        <source>Voucher</source>
        <translation>Tilgodelapp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="557"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="568"/>
        <source>Nothing in this period.</source>
        <translation>Ingenting i denne perioden.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="562"/>
        <source>Other</source>
        <translation>Andre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="588"/>
        <source>Save the report as PDF</source>
        <translation>Lagre rapporten som PDF</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="588"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="592"/>
        <source>Save the report as CSV</source>
        <translation>Lagre rapporten som CSV</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="592"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="603"/>
        <source>The figures are still being read. Try again in a moment.</source>
        <translation>Tallene leses fortsatt. Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="616"/>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="620"/>
        <source>The report was saved as %1.</source>
        <translation>Rapporten er lagret som %1.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="76"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="107"/>
        <source>Return: find the sale</source>
        <translation>Retur: finn salget</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="112"/>
        <source>Type the receipt number from the customer’s receipt, or scan one of the items.</source>
        <translation>Skriv inn kvitteringsnummeret fra kundens kvittering, eller skann en av varene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="120"/>
        <source>Receipt number or item code</source>
        <translation>Kvitteringsnummer eller varekode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="123"/>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="133"/>
        <location filename="../src/bruktpos/ui/till/returns.py" line="198"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="157"/>
        <source>Type the receipt number, or scan an item from the sale.</source>
        <translation>Skriv inn kvitteringsnummeret, eller skann en vare fra salget.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="176"/>
        <source>Tick what the customer brings back.</source>
        <translation>Kryss av det kunden leverer tilbake.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="180"/>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="180"/>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="180"/>
        <source>Back</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="180"/>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="201"/>
        <source>Find another sale</source>
        <translation>Finn et annet salg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="209"/>
        <source>Give a voucher (store credit)</source>
        <translation>Gi tilgodelapp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="224"/>
        <source>Receipt %1 · till %2 · %3 · %4, paid by %5</source>
        <translation>Kvittering %1 · kasse %2 · %3 · %4, betalt med %5</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="235"/>
        <source>Pay back as paid (%1)</source>
        <translation>Betal tilbake slik kunden betalte (%1)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="235"/>
        <source>Pay back as paid</source>
        <translation>Betal tilbake slik kunden betalte</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="252"/>
        <source>(already returned)</source>
        <translation>(allerede returnert)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="269"/>
        <source>Everything on receipt %1 has already been returned.</source>
        <translation>Alt på kvittering %1 er allerede returnert.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="303"/>
        <source>To give back: %1</source>
        <translation>Å gi tilbake: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="313"/>
        <source>Tick what the customer brings back first.</source>
        <translation>Kryss først av det kunden leverer tilbake.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="317"/>
        <source>A return</source>
        <translation>En retur</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="319"/>
        <source>Nothing was returned.</source>
        <translation>Ingenting ble returnert.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="362"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="374"/>
        <source>Give back</source>
        <translation>Gi tilbake</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="377"/>
        <source>Voucher printed</source>
        <translation>Tilgodelapp skrevet ut</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="386"/>
        <source>Take %1 from the drawer and give it to the customer.</source>
        <translation>Ta %1 fra kasseskuffen og gi pengene til kunden.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="391"/>
        <source>Refund %1 to the card on the card terminal.</source>
        <translation>Betal %1 tilbake til kortet på kortterminalen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="394"/>
        <source>Refund %1 to the customer in Vipps.</source>
        <translation>Betal %1 tilbake til kunden i Vipps.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="399"/>
        <source>A voucher for %1 (number %2, valid until %3) is printing. Give it to the customer.</source>
        <translation>En tilgodelapp på %1 (nummer %2, gyldig til %3) skrives ut. Gi den til kunden.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="406"/>
        <source>Return receipt number %1.</source>
        <translation>Returkvittering nummer %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="453"/>
        <source>A code was scanned. Nothing was given back by it: choose on the screen.</source>
        <translation>En kode ble skannet. Ingenting ble gitt tilbake med den: velg på skjermen.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="130"/>
        <source>Change role</source>
        <translation>Endre rolle</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="133"/>
        <source>Which role should %1 have?</source>
        <translation>Hvilken rolle skal %1 ha?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="141"/>
        <source>A cashier sells. A shop leader also approves refunds and price changes, opens and closes the day and looks after people. An administrator may do all of that and change the administrators.</source>
        <translation>En kasserer selger. En butikkleder godkjenner også returer og prisendringer, åpner og avslutter dagen og har ansvar for hvem som kan logge inn. En administrator kan gjøre alt dette og endre administratorene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="150"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="150"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SaftExportDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="75"/>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="86"/>
        <source>SAF-T file for the tax office</source>
        <translation>SAF-T-fil til Skatteetaten</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="92"/>
        <source>One file with the sales, returns and journal of every register for the days you choose, in the form the tax office asks for (SAF-T Cash Register). The registers&apos; keys for checking the signatures are saved beside it.</source>
        <translation>Én fil med salg, returer og journal for alle kassene de dagene du velger, slik Skatteetaten vil ha den (SAF-T Kassasystem). Kassenes nøkler for å sjekke signaturene lagres ved siden av.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="103"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="103"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="109"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="112"/>
        <source>Save as</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="123"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="125"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="150"/>
        <source>Save the SAF-T file</source>
        <translation>Lagre SAF-T-filen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="150"/>
        <source>XML files (*.xml)</source>
        <translation>XML-filer (*.xml)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="158"/>
        <source>The last day is before the first. Choose the dates again.</source>
        <translation>Den siste dagen er før den første. Velg datoene på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="162"/>
        <source>Choose where to save the file.</source>
        <translation>Velg hvor filen skal lagres.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="182"/>
        <source>Exporting …</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="195"/>
        <source>Saved %1: %2 receipts and %3 journal events. The keys for checking it are beside it.</source>
        <translation>Lagret %1: %2 kvitteringer og %3 hendelser i journalen. Nøklene for å sjekke den ligger ved siden av.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="203"/>
        <source>Register %1 signs with a secret code, which is never saved in a file: if the tax office asks for it, ask the administrator.</source>
        <translation>Kasse %1 signerer med en hemmelig kode, som aldri lagres i en fil: spør administratoren hvis Skatteetaten ber om den.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="223"/>
        <source>The file could not be made, and nothing was saved. Try again, or ask for help.</source>
        <translation>Filen kunne ikke lages, og ingenting ble lagret. Prøv igjen, eller be om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="233"/>
        <source>Exporting the SAF-T file</source>
        <translation>Eksport av SAF-T-filen</translation>
    </message>
</context>
<context>
    <name>SalesChart</name>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="74"/>
        <source>Net sales per shop (kr)</source>
        <translation>Nettosalg per butikk (kr)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="85"/>
        <source>Other shops (%1)</source>
        <translation>Andre butikker (%1)</translation>
    </message>
</context>
<context>
    <name>ScaleSettingsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="60"/>
        <source>Scale</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="65"/>
        <source>A scale on a serial or USB port fills the donation’s kilos when Weigh is tapped. Most counter scales speak Toledo 8217 or SMA: the scale’s own menu says which, and its speed. Set the scale to kilos.</source>
        <translation>En vekt på en seriell- eller USB-port fyller inn gavens kilo når du trykker på Vei. De fleste diskvekter bruker Toledo 8217 eller SMA: vektas egen meny viser hvilken, og hvilken hastighet. Still vekta på kilo.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="78"/>
        <source>For example /dev/ttyUSB0 on Linux or COM3 on Windows; empty: no scale</source>
        <translation>For eksempel /dev/ttyUSB0 på Linux eller COM3 på Windows; tomt: ingen vekt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="79"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="83"/>
        <source>Toledo 8217</source>
        <translation>Toledo 8217</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="83"/>
        <source>SMA</source>
        <translation>SMA</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="93"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="98"/>
        <source>Speed (baud)</source>
        <translation>Hastighet (baud)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="101"/>
        <source>The protocol’s usual (7E1 for Toledo, 8N1 for SMA)</source>
        <translation>Det vanlige for protokollen (7E1 for Toledo, 8N1 for SMA)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="104"/>
        <source>Data format</source>
        <translation>Dataformat</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="117"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="119"/>
        <source>Test: show the weight</source>
        <translation>Test: vis vekten</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="121"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="148"/>
        <source>No scale</source>
        <translation>Ingen vekt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="180"/>
        <source>Choose the port the scale is on first.</source>
        <translation>Velg først porten vekta er koblet til.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="182"/>
        <source>Reading the scale … put something on it to see the weight change.</source>
        <translation>Leser vekta … legg noe på den for å se vekten endre seg.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="195"/>
        <source>Saved. Weigh on the donation screen reads this scale.</source>
        <translation>Lagret. Knappen Vei på gaveskjermen leser nå denne vekta.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="197"/>
        <source>Saved. Kilos are typed by hand.</source>
        <translation>Lagret. Kiloene skrives inn for hånd.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="206"/>
        <source>The scale is moving …</source>
        <translation>Vekta er ikke i ro …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="209"/>
        <source>%1 (moving)</source>
        <translation>%1 (ikke i ro)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="212"/>
        <source>The scale answers. Save to use it on the donation screen.</source>
        <translation>Vekta svarer. Trykk på Lagre for å bruke den på gaveskjermen.</translation>
    </message>
</context>
<context>
    <name>SecondCounterDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/day/second_counter.py" line="26"/>
        <source>A second person confirms the count</source>
        <translation>En annen person bekrefter tellingen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/second_counter.py" line="30"/>
        <source>This shop wants a second person to check the count. Count again together, then confirm.</source>
        <translation>Denne butikken vil at en annen person kontrollerer tellingen. Tell på nytt sammen, og bekreft så.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/second_counter.py" line="32"/>
        <source>Second person: tap your name, then type your PIN.</source>
        <translation>Den andre personen: trykk på navnet ditt, og skriv så PIN-koden din.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/second_counter.py" line="33"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="542"/>
        <source>Set up BruktPOS</source>
        <translation>Sett opp BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="545"/>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="546"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="547"/>
        <source>Finish</source>
        <translation>Fullfør</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="548"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="617"/>
        <source>This database already has a shop. Close this window and start BruktPOS again.</source>
        <translation>Denne databasen har allerede en butikk. Lukk dette vinduet og start BruktPOS på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="619"/>
        <source>Some of the facts were not accepted. Tap Back and check each page.</source>
        <translation>Noen av opplysningene ble ikke godtatt. Trykk på Tilbake og sjekk hver side.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="626"/>
        <source>The shop could not be saved. Check that the disk is not full, then tap Finish again.</source>
        <translation>Butikken ble ikke lagret. Sjekk at disken ikke er full, og trykk så på Fullfør igjen.</translation>
    </message>
</context>
<context>
    <name>ShopDetailsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="72"/>
        <source>The shop</source>
        <translation>Butikken</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="96"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="101"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="112"/>
        <source>Name and address</source>
        <translation>Navn og adresse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="122"/>
        <source>The shop is registered for VAT (MVA)</source>
        <translation>Butikken er MVA-registrert</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="124"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="125"/>
        <source>Short name</source>
        <translation>Kortnavn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="125"/>
        <source>On labels and in the till.</source>
        <translation>På prislapper og i kassa.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="126"/>
        <source>Org. number</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="127"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="132"/>
        <source>Postcode, city</source>
        <translation>Postnr., sted</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="133"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="133"/>
        <source>Printed on receipts.</source>
        <translation>Skrives ut på kvitteringene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="145"/>
        <source>The receipt</source>
        <translation>Kvitteringen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="147"/>
        <source>For example the opening hours</source>
        <translation>For eksempel åpningstidene</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="151"/>
        <source>At the top</source>
        <translation>Øverst</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="151"/>
        <source>Up to 4 short lines under the shop’s name.</source>
        <translation>Opptil 4 korte linjer under butikkens navn.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="153"/>
        <source>At the bottom</source>
        <translation>Nederst</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="154"/>
        <source>Vouchers and closing</source>
        <translation>Tilgodelapper og dagsoppgjør</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="159"/>
        <source>Voucher (days)</source>
        <translation>Tilgodelapp (dager)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="159"/>
        <source>How long a voucher can be used.</source>
        <translation>Hvor lenge en tilgodelapp kan brukes.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="161"/>
        <source>Difference (kr)</source>
        <translation>Differanse (kr)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="163"/>
        <source>A bigger difference at closing needs a note and a shop leader.</source>
        <translation>En større differanse ved dagsoppgjøret må ha en merknad og godkjennes av en butikkleder.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="168"/>
        <source>Vipps number</source>
        <translation>Vipps-nummer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="170"/>
        <source>Shown at the till when a customer pays with Vipps.</source>
        <translation>Vises i kassa når en kunde betaler med Vipps.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="206"/>
        <source>Only if the organisation is in the VAT Register.</source>
        <translation>Bare hvis organisasjonen står i Merverdiavgiftsregisteret.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="209"/>
        <source>The day of %1 is open at till %2: this can change after its Z report.</source>
        <translation>Dagen %1 er åpen i kasse %2: dette kan endres etter Z-rapporten.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="240"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="248"/>
        <source>Saved. The next receipt shows the shop’s details as they are now.</source>
        <translation>Lagret. Neste kvittering viser butikkens opplysninger slik de er nå.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="141"/>
        <source>The shop</source>
        <translation>Butikken</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="142"/>
        <source>This is printed on every receipt.</source>
        <translation>Dette skrives ut på hver kvittering.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="148"/>
        <source>The same as the name</source>
        <translation>Samme som navnet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="168"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="169"/>
        <source>Short name</source>
        <translation>Kortnavn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="170"/>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="172"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="173"/>
        <source>Postcode and city</source>
        <translation>Postnummer og sted</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="174"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="177"/>
        <source>Printed on receipts, so customers can call. May be left empty.</source>
        <translation>Skrives ut på kvitteringene, så kundene kan ringe. Kan stå tomt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="192"/>
        <source>An organisation number has only digits.</source>
        <translation>Et organisasjonsnummer har bare sifre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="194"/>
        <source>An organisation number has 9 digits.</source>
        <translation>Et organisasjonsnummer har 9 sifre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="196"/>
        <source>This is not a valid organisation number. Check each digit and try again.</source>
        <translation>Dette er ikke et gyldig organisasjonsnummer. Sjekk hvert siffer og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="201"/>
        <source>Type the shop’s name to go on.</source>
        <translation>Skriv inn navnet på butikken for å gå videre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="205"/>
        <source>Type the organisation number, all 9 digits, to go on.</source>
        <translation>Skriv inn organisasjonsnummeret, alle 9 sifrene, for å gå videre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="207"/>
        <source>A postcode has 4 digits.</source>
        <translation>Et postnummer har 4 sifre.</translation>
    </message>
</context>
<context>
    <name>StartProblemWindow</name>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="54"/>
        <source>BruktPOS</source>
        <translation>BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="79"/>
        <source>Create a new shop here</source>
        <translation>Lag en ny butikk her</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="80"/>
        <source>Create a new shop …</source>
        <translation>Lag en ny butikk …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="81"/>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="82"/>
        <source>Choose another file</source>
        <translation>Velg en annen fil</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="83"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="125"/>
        <source>There is no shop here</source>
        <translation>Det finnes ingen butikk her</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="127"/>
        <source>The shop database cannot be updated yet</source>
        <translation>Butikkdatabasen kan ikke oppdateres ennå</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="128"/>
        <source>BruktPOS cannot open this file</source>
        <translation>BruktPOS kan ikke åpne denne filen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="140"/>
        <source>Another program is using the shop database right now. Close other BruktPOS windows, wait a moment, then tap Try again.</source>
        <translation>Et annet program bruker butikkdatabasen akkurat nå. Lukk andre BruktPOS-vinduer, vent litt, og trykk så på Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="144"/>
        <source>The disk is full, so BruktPOS cannot open the shop database. Make room on the disk, then tap Try again.</source>
        <translation>Disken er full, så BruktPOS kan ikke åpne butikkdatabasen. Gjør plass på disken, og trykk så på Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="148"/>
        <source>The shop database cannot be written to: the file or its folder is read-only. Ask the person who looks after this PC for help, then tap Try again.</source>
        <translation>BruktPOS får ikke skrive i butikkdatabasen: filen eller mappen er skrivebeskyttet. Be den som har ansvar for PC-en om hjelp, og trykk så på Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="152"/>
        <source>The disk could not be read or written. Check that it is plugged in, then tap Try again.</source>
        <translation>Disken kunne ikke leses eller skrives til. Sjekk at den er koblet til, og trykk så på Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="155"/>
        <source>The shop database is damaged, so BruktPOS cannot open it. Choose a backup copy, or ask for help.</source>
        <translation>Butikkdatabasen er skadet, så BruktPOS kan ikke åpne den. Velg en sikkerhetskopi, eller be om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="159"/>
        <source>BruktPOS cannot open this file. Check that it is there and may be read, or choose another file.</source>
        <translation>BruktPOS kan ikke åpne denne filen. Sjekk at den finnes og kan leses, eller velg en annen fil.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="209"/>
        <source>Choose the shop database</source>
        <translation>Velg butikkdatabasen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="211"/>
        <location filename="../src/bruktpos/ui/start_problem.py" line="220"/>
        <source>Shop databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Butikkdatabaser (*.sqlite3 *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="218"/>
        <source>Where should the new shop be saved?</source>
        <translation>Hvor skal den nye butikken lagres?</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="55"/>
        <source>%1 in stock</source>
        <translation>%1 på lager</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="130"/>
        <source>Café and new goods in stock</source>
        <translation>Kafé og nye varer på lager</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="133"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="158"/>
        <source>Goods received</source>
        <translation>Varemottak</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="169"/>
        <source>How many came in</source>
        <translation>Hvor mange kom inn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="209"/>
        <source>No product keeps a stock count. A shop leader can switch it on for café and new goods.</source>
        <translation>Ingen produkter har lagertelling. En butikkleder kan slå det på for kafé og nye varer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="236"/>
        <source>Tap the product that came in first.</source>
        <translation>Trykk først på produktet som kom inn.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="239"/>
        <source>Type how many came in on the keypad.</source>
        <translation>Skriv inn på tastaturet hvor mange som kom inn.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="242"/>
        <source>Log in first.</source>
        <translation>Logg inn først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="259"/>
        <source>%1 × %2 counted in. Now %3.</source>
        <translation>%1 × %2 er telt inn. Nå på lager: %3.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="277"/>
        <source>Tap a product in the list.</source>
        <translation>Trykk på et produkt i listen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="279"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="291"/>
        <source>Add %1 × %2 to the stock</source>
        <translation>Legg %1 × %2 til på lager</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="293"/>
        <source>Add to the stock</source>
        <translation>Legg til på lager</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="66"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="66"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="66"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="66"/>
        <source>In stock</source>
        <translation>På lager</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../src/bruktpos/ui/day/z_summary.py" line="50"/>
        <source>After the Z report this day is closed for good: no sale, count or figure of it can change.</source>
        <translation>Etter Z-rapporten er denne dagen avsluttet for godt. Ingen salg, tellinger eller tall fra dagen kan endres.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_summary.py" line="58"/>
        <source>Take the Z report?</source>
        <translation>Ta Z-rapporten?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_summary.py" line="62"/>
        <source>Close the day of %1 with a Z report? Nothing from this day can be changed afterwards.</source>
        <translation>Avslutte dagen %1 med en Z-rapport? Ingenting fra denne dagen kan endres etterpå.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_summary.py" line="67"/>
        <source>Take Z report</source>
        <translation>Ta Z-rapport</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_summary.py" line="68"/>
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="67"/>
        <source>● Not accepted by the hub</source>
        <translation>● Ikke tatt imot av huben</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="75"/>
        <source>● Sent %1</source>
        <translation>● Sendt %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="75"/>
        <source>● Sent</source>
        <translation>● Sendt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="77"/>
        <source>● Waiting (%1)</source>
        <translation>● Venter (%1)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="79"/>
        <source>● Not sent for 2 days</source>
        <translation>● Ikke sendt på 2 dager</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="82"/>
        <source>Closed days are sent to the chapter&apos;s hub as shop %1.</source>
        <translation>Avsluttede dager sendes til kretsens hub som butikk %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="83"/>
        <source>Last sent: %1</source>
        <translation>Sist sendt: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="83"/>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="86"/>
        <source>Days waiting to be sent: %1</source>
        <translation>Dager som venter på å bli sendt: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="89"/>
        <source>The last try, %1, did not get through.</source>
        <translation>Siste forsøk, %1, kom ikke fram.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="94"/>
        <source>Next try after %1.</source>
        <translation>Neste forsøk etter %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="95"/>
        <source>They are sent by themselves when the hub can be reached again.</source>
        <translation>De sendes av seg selv når huben kan nås igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="97"/>
        <source>Nothing has got through for two days: ask the person who runs the hub.</source>
        <translation>Ingenting har kommet fram på to dager. Spør den som driver huben.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="116"/>
        <source>Closed days waiting here: %1. They are not lost.</source>
        <translation>Avsluttede dager som venter her: %1. De er ikke tapt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="120"/>
        <source>The hub did not accept the days: its address is for shop %1, but this till sends as shop %2. A leader sets the shop code to %1 under Set-up → Chapter hub, or asks the chapter for this shop&apos;s own address.</source>
        <translation>Huben tok ikke imot dagene: adressen er for butikk %1, men denne kassa sender som butikk %2. En butikkleder setter butikkoden til %1 under Oppsett → Kretsens hub, eller ber kretsen om denne butikkens egen adresse.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="127"/>
        <source>The hub did not accept the days: another PC already sends as shop %1. If this shop has moved to this PC, ask the person who runs the hub to move shop %1 here. If this is another shop, a leader types the code the chapter gave it under Set-up → Chapter hub.</source>
        <translation>Huben tok ikke imot dagene: en annen PC sender allerede som butikk %1. Hvis butikken har flyttet til denne PC-en, be den som driver huben om å flytte butikk %1 hit. Hvis dette er en annen butikk, skriver en butikkleder inn koden kretsen ga den under Oppsett → Kretsens hub.</translation>
    </message>
</context>
<context>
    <name>TerminalsStep</name>
    <message>
        <location filename="../src/bruktpos/ui/day/terminals.py" line="44"/>
        <source>Card terminal: batch total</source>
        <translation>Kortterminal: avstemming</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/terminals.py" line="45"/>
        <source>Vipps: settlement for the day</source>
        <translation>Vipps: dagens oppgjør</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/terminals.py" line="102"/>
        <source>not typed yet</source>
        <translation>ikke skrevet inn ennå</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/terminals.py" line="104"/>
        <source>The till has %1.</source>
        <translation>Kassa har %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/terminals.py" line="108"/>
        <source>They agree.</source>
        <translation>De stemmer overens.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/terminals.py" line="110"/>
        <source>Difference: %1.</source>
        <translation>Differanse: %1.</translation>
    </message>
</context>
<context>
    <name>TillController</name>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="169"/>
        <source>Something went wrong, and nothing was saved. Try again, or ask the shop leader for help.</source>
        <translation>Noe gikk galt, og ingenting ble lagret. Prøv igjen, eller be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="217"/>
        <location filename="../src/bruktpos/ui/till/controller.py" line="363"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="252"/>
        <source>This voucher has %1 left. Scan the items first, then the voucher to pay.</source>
        <translation>Denne tilgodelappen har %1 igjen. Skann varene først, og så tilgodelappen for å betale.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="273"/>
        <source>%1: the stock count shows %2. The sale goes ahead; tell a shop leader.</source>
        <translation>%1: lagertellingen viser %2. Salget går som vanlig. Si fra til en butikkleder.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="299"/>
        <location filename="../src/bruktpos/ui/till/controller.py" line="315"/>
        <location filename="../src/bruktpos/ui/till/controller.py" line="324"/>
        <source>A discount beyond the shop’s limit</source>
        <translation>En rabatt over butikkens grense</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="306"/>
        <source>Lowering a quantity after payment has started</source>
        <translation>Å sette ned antallet etter at betalingen har startet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="333"/>
        <source>A new price beyond the shop’s limit</source>
        <translation>En ny pris over butikkens grense</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="377"/>
        <location filename="../src/bruktpos/ui/till/controller.py" line="388"/>
        <source>Removing a line after payment has started</source>
        <translation>Fjerning av en linje etter at betalingen har startet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="440"/>
        <source>The cash payment of %1 is undone. Give %1 back to the customer from the drawer.</source>
        <translation>Kontantbetalingen på %1 er angret. Gi kunden %1 tilbake fra kasseskuffen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="444"/>
        <source>The voucher payment of %1 is undone. The voucher keeps what was on it.</source>
        <translation>Betalingen med tilgodelapp på %1 er angret. Tilgodelappen beholder det som sto på den.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="447"/>
        <source>The payment of %1 is undone. Give it back to the customer as a refund on the terminal.</source>
        <translation>Betalingen på %1 er angret. Betal beløpet tilbake til kunden på terminalen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="528"/>
        <source>The sale is parked. Resume it under Parked sales.</source>
        <translation>Salget er parkert. Hent det igjen under Parkerte salg.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="572"/>
        <source>Finish or park the sale on the screen first, then resume the parked one.</source>
        <translation>Fullfør eller parker salget på skjermen først, og hent så det parkerte salget.</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="134"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="189"/>
        <source>Saving …</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="171"/>
        <source>One fewer (F5)</source>
        <translation>Én færre (F5)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="174"/>
        <source>One more (F6)</source>
        <translation>Én til (F6)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="176"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="178"/>
        <source>New price</source>
        <translation>Ny pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="180"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="210"/>
        <source>To pay</source>
        <translation>Å betale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="341"/>
        <source>Park sale</source>
        <translation>Parker salg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="224"/>
        <source>Pay</source>
        <translation>Betal</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="131"/>
        <source>Scan, or type the item code</source>
        <translation>Skann, eller skriv inn varekoden</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="226"/>
        <source>Pay (F12)</source>
        <translation>Betal (F12)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="228"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="230"/>
        <source>Take goods back: refund or voucher (F10)</source>
        <translation>Ta imot varer i retur: tilbakebetaling eller tilgodelapp (F10)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="248"/>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="250"/>
        <source>Café</source>
        <translation>Kafé</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="350"/>
        <source>Parked sales (%1)</source>
        <translation>Parkerte salg (%1)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="474"/>
        <source>Returns cannot be taken in training mode. Switch it off first.</source>
        <translation>Returer kan ikke tas imot i treningsmodus. Slå av treningsmodus først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="478"/>
        <source>Finish the sale on the screen first, then take the return.</source>
        <translation>Fullfør salget på skjermen først, og ta så imot returen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="489"/>
        <source>Return %1 is saved. The return receipt is printing.</source>
        <translation>Retur %1 er lagret. Returkvitteringen skrives ut.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="517"/>
        <source>Type the price, or tap one of the usual ones.</source>
        <translation>Skriv inn prisen, eller trykk på en av de vanlige prisene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="519"/>
        <source>Add to sale</source>
        <translation>Legg til i salget</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="550"/>
        <location filename="../src/bruktpos/ui/till/screen.py" line="554"/>
        <source>Change price</source>
        <translation>Endre pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="551"/>
        <source>New price for %1. Beyond the shop’s limit a shop leader approves it.</source>
        <translation>Ny pris for %1. Er den over butikkens grense, må en butikkleder godkjenne den.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="37"/>
        <source>TRAINING MODE — nothing counts</source>
        <translation>TRENINGSMODUS – ingenting teller</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="49"/>
        <source>Switch user</source>
        <translation>Bytt bruker</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="53"/>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="67"/>
        <source>Pricing and donations</source>
        <translation>Prismerking og gaver</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="68"/>
        <source>Items in stock</source>
        <translation>Varer på lager</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="69"/>
        <source>Café and new goods: stock and deliveries</source>
        <translation>Kafé og nye varer: lager og leveranser</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="71"/>
        <source>Open the day</source>
        <translation>Åpne dagen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="73"/>
        <source>Money in or out of the drawer</source>
        <translation>Penger inn i eller ut av kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="75"/>
        <source>X report</source>
        <translation>X-rapport</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="77"/>
        <source>Close the day (Z report)</source>
        <translation>Avslutt dagen (Z-rapport)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="82"/>
        <source>Return: refund or voucher</source>
        <translation>Retur: tilbakebetaling eller tilgodelapp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="84"/>
        <source>Print a copy of the last receipt</source>
        <translation>Skriv ut kopi av siste kvittering</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="86"/>
        <source>Open the cash drawer</source>
        <translation>Åpne kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="89"/>
        <source>Training mode on/off</source>
        <translation>Treningsmodus på/av</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="93"/>
        <source>Reports and journal</source>
        <translation>Rapporter og journal</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="95"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="99"/>
        <source>SAF-T file for the tax office</source>
        <translation>SAF-T-fil til Skatteetaten</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="104"/>
        <source>Electronic journal</source>
        <translation>Elektronisk journal</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="107"/>
        <source>Set-up</source>
        <translation>Oppsett</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="111"/>
        <source>Categories: prices, VAT, markdowns and order</source>
        <translation>Kategorier: priser, MVA, nedprising og rekkefølge</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="116"/>
        <source>Products: café and new goods</source>
        <translation>Produkter: kafé og nye varer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="119"/>
        <source>People: names, roles and PINs</source>
        <translation>Folk: navn, roller og PIN-koder</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="123"/>
        <source>Discounts and approvals: the cashier’s limit</source>
        <translation>Rabatt og godkjenning: kassererens grense</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="129"/>
        <source>Receipt printer settings</source>
        <translation>Innstillinger for kvitteringsskriver</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="132"/>
        <source>Label printer settings</source>
        <translation>Innstillinger for etikettskriver</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="135"/>
        <source>Scale for donations</source>
        <translation>Vekt for gaver</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="139"/>
        <source>Customer display: a second screen</source>
        <translation>Kundeskjerm: en ekstra skjerm</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="144"/>
        <source>Chapter hub: sending closed days</source>
        <translation>Kretsens hub: sending av avsluttede dager</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="149"/>
        <source>The shop: name, address and receipt texts</source>
        <translation>Butikken: navn, adresse og kvitteringstekster</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="154"/>
        <source>Registers: list and add</source>
        <translation>Kasser: se og legg til</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="156"/>
        <source>About BruktPOS</source>
        <translation>Om BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="159"/>
        <source>Quit BruktPOS</source>
        <translation>Avslutt BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="218"/>
        <source>BruktPOS — %1 · %2</source>
        <translation>BruktPOS — %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="223"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <location filename="../src/bruktpos/ui/training.py" line="31"/>
        <source>TRAINING MODE — nothing counts</source>
        <translation>TRENINGSMODUS – ingenting teller</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="122"/>
        <source>Welcome to BruktPOS</source>
        <translation>Velkommen til BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="126"/>
        <source>This till has no shop yet. In a few short steps you set up the shop. Most of it comes filled in: check it and tap Next.</source>
        <translation>Denne kassa har ingen butikk ennå. I noen korte steg setter du opp butikken. Det meste er fylt ut på forhånd: sjekk det og trykk på Neste.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="133"/>
        <source>Nothing is saved until you tap Finish, so you can go back at any time.</source>
        <translation>Ingenting lagres før du trykker på Fullfør, så du kan gå tilbake når som helst.</translation>
    </message>
</context>
<context>
    <name>XReportScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="60"/>
        <source>X report</source>
        <translation>X-rapport</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="72"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="74"/>
        <source>Take a new X report</source>
        <translation>Ta en ny X-rapport</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="76"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="80"/>
        <source>Save as PDF…</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="123"/>
        <source>Taking the X report …</source>
        <translation>Tar X-rapporten …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="158"/>
        <source>The day of %1 so far. An X report changes nothing; the day stays open.</source>
        <translation>Dagen %1 så langt. En X-rapport endrer ingenting, og dagen er fortsatt åpen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="178"/>
        <source>Printing the X report…</source>
        <translation>Skriver ut X-rapporten …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="184"/>
        <source>The X report is printed.</source>
        <translation>X-rapporten er skrevet ut.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="189"/>
        <source>The X report did not print. %1</source>
        <translation>X-rapporten ble ikke skrevet ut. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="217"/>
        <source>Saving the PDF …</source>
        <translation>Lagrer PDF …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="211"/>
        <source>The PDF could not be saved (%1). Try another place.</source>
        <translation>PDF-filen kunne ikke lagres (%1). Prøv et annet sted.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="205"/>
        <source>Saved as PDF: %1</source>
        <translation>Lagret som PDF: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="234"/>
        <source>Save the report as PDF</source>
        <translation>Lagre rapporten som PDF</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="234"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ZDonePage</name>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="41"/>
        <source>Print again</source>
        <translation>Skriv ut igjen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="52"/>
        <source>Save the PDF elsewhere…</source>
        <translation>Lagre PDF-filen et annet sted …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="71"/>
        <source>✓ Z report nr. %1 is taken. The day of %2 is closed.</source>
        <translation>✓ Z-rapport nr. %1 er tatt. Dagen %2 er avsluttet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="77"/>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="96"/>
        <source>Printing the Z report…</source>
        <translation>Skriver ut Z-rapporten …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="102"/>
        <source>✓ The Z report is printed. Keep it with the day&apos;s cash.</source>
        <translation>✓ Z-rapporten er skrevet ut. Legg den sammen med dagens kontanter.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="108"/>
        <source>The Z report did not print. %1</source>
        <translation>Z-rapporten ble ikke skrevet ut. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="138"/>
        <source>Saving the PDF …</source>
        <translation>Lagrer PDF …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="133"/>
        <source>The PDF could not be saved (%1). Try another place.</source>
        <translation>PDF-filen kunne ikke lagres (%1). Prøv et annet sted.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="125"/>
        <source>Saved as PDF in the reports folder: %1</source>
        <translation>Lagret som PDF i rapportmappen: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="127"/>
        <source>Saved as PDF: %1</source>
        <translation>Lagret som PDF: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="157"/>
        <source>Save the report as PDF</source>
        <translation>Lagre rapporten som PDF</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="157"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
</TS>
