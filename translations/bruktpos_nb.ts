<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="201"/>
        <source>The first administrator</source>
        <translation>Den første administratoren</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="203"/>
        <source>The administrator adds the shop’s people and may do everything at the till.</source>
        <translation>Administratoren legger inn alle som jobber i butikken, og kan gjøre alt i kassa.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="215"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="216"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN-kode (4 til 8 sifre)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="217"/>
        <source>PIN again</source>
        <translation>PIN-kode igjen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="220"/>
        <source>Choose a PIN only you know, and keep it to yourself.</source>
        <translation>Velg en PIN-kode som bare du kjenner, og ikke del den med andre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="229"/>
        <source>Type the administrator’s name to go on.</source>
        <translation>Skriv inn navnet til administratoren for å gå videre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="231"/>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <translation>Velg en PIN-kode med 4 til 8 sifre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="233"/>
        <source>Type the PIN once more, to be sure it is right.</source>
        <translation>Skriv PIN-koden en gang til, så vi er sikre på at den er riktig.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="235"/>
        <source>The two PINs are not the same. Type the PIN again in the last field.</source>
        <translation>De to PIN-kodene er ikke like. Skriv PIN-koden på nytt i det siste feltet.</translation>
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
    <name>CategorySettingsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="39"/>
        <source>Categories: markdowns and price tags</source>
        <translation>Varegrupper: nedprising og prislapper</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="44"/>
        <source>A markdown is written as days:percent, and when to take the item down, for example 28:30,56:50;pull:84 (after 4 weeks 30 % off, after 8 weeks 50 %, down after 12 weeks). Leave it empty for none.</source>
        <translation>Nedprising skrives som dager:prosent, og når varen skal tas ned, for eksempel 28:30,56:50;pull:84 (etter 4 uker 30 % av, etter 8 uker 50 %, tas ned etter 12 uker). La feltet stå tomt for ingen nedprising.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="65"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="67"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="93"/>
        <source>no markdown</source>
        <translation>ingen nedprising</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="94"/>
        <source>Price tags</source>
        <translation>Prislapper</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="120"/>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="57"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="63"/>
        <source>Discount on %1</source>
        <translation>Rabatt på %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="75"/>
        <source>Or type the discount in kroner:</source>
        <translation>Eller skriv rabatten i kroner:</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="77"/>
        <source>Give discount</source>
        <translation>Gi rabatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="81"/>
        <source>No discount</source>
        <translation>Ingen rabatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DonationDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="98"/>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="146"/>
        <source>Register donation</source>
        <translation>Registrer gave</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="107"/>
        <source>What came in? One row per category: weight in kg and how many things.</source>
        <translation>Hva kom inn? Én rad per varegruppe: vekt i kg og hvor mange ting.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="112"/>
        <source>Add a row</source>
        <translation>Legg til rad</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="124"/>
        <source>Donor’s name (optional)</source>
        <translation>Giverens navn (valgfritt)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="125"/>
        <source>Donor’s phone (optional)</source>
        <translation>Giverens telefon (valgfritt)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="129"/>
        <source>Only fill these in when the donor wants a pick-up or a receipt; otherwise nothing is kept.</source>
        <translation>Fyll ut dette bare hvis giveren vil ha henting eller kvittering. Ellers lagres ingenting.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="143"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="190"/>
        <source>There is no category to choose. Ask the shop leader to add one.</source>
        <translation>Det finnes ingen varegruppe å velge. Be butikklederen legge til en.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="195"/>
        <source>Row %1: “%2” is not a weight. Type kilos from the scale, for example 2,5.</source>
        <translation>Rad %1: «%2» er ikke en vekt. Skriv kilo fra vekta, for eksempel 2,5.</translation>
    </message>
</context>
<context>
    <name>DonationRow</name>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="66"/>
        <source>kg, for example 2,5</source>
        <translation>kg, for eksempel 2,5</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="67"/>
        <source>Weight in kg</source>
        <translation>Vekt i kg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="71"/>
        <source> pcs</source>
        <translation> stk.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="72"/>
        <source>How many things</source>
        <translation>Hvor mange ting</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="73"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="256"/>
        <source>Ready</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="257"/>
        <source>Check that all is right. Tap Back to change something.</source>
        <translation>Sjekk at alt stemmer. Trykk på Tilbake hvis du vil endre noe.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="274"/>
        <source>Shop: %1 (org. no. %2)</source>
        <translation>Butikk: %1 (org.nr. %2)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="275"/>
        <source>Administrator: %1</source>
        <translation>Administrator: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="276"/>
        <source>Receipt printer: %1</source>
        <translation>Kvitteringsskriver: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="279"/>
        <source>Registered for VAT: receipts show VAT.</source>
        <translation>MVA-registrert: kvitteringene viser MVA.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="283"/>
        <source>Tap Finish to save. Then log in as %1 with your PIN.</source>
        <translation>Trykk på Fullfør for å lagre. Logg så inn som %1 med PIN-koden din.</translation>
    </message>
</context>
<context>
    <name>InventoryScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="94"/>
        <source>Items in %1</source>
        <translation>Varer i %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="97"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="139"/>
        <source>Code, or words such as “jacket”</source>
        <translation>Kode, eller ord som «jakke»</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="146"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="150"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="158"/>
        <source>Intake from</source>
        <translation>Mottatt fra</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="170"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="173"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="181"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="278"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="286"/>
        <source>Change price</source>
        <translation>Endre pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="182"/>
        <source>Throw away</source>
        <translation>Kast</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="183"/>
        <source>Recycle</source>
        <translation>Gjenvinn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="184"/>
        <source>Moved to another shop</source>
        <translation>Flyttet til annen butikk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="185"/>
        <source>Print label again</source>
        <translation>Skriv ut etikett på nytt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="186"/>
        <source>Export CSV</source>
        <translation>Eksporter CSV</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="187"/>
        <source>To take down this week</source>
        <translation>Ta ned denne uka</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="218"/>
        <source>Nothing matches the search. Try fewer words, or choose “All”.</source>
        <translation>Ingenting passer med søket. Prøv færre ord, eller velg «Alle».</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="221"/>
        <source>Showing the first %1 items. Narrow the search to see the rest.</source>
        <translation>Viser de første %1 varene. Snevre inn søket for å se resten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="231"/>
        <source>%n item(s) should come off the shelf this week.</source>
        <translation>
            <numerusform>%n vare bør tas ned fra hylla denne uka.</numerusform>
            <numerusform>%n varer bør tas ned fra hylla denne uka.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="233"/>
        <source>Nothing needs to come off the shelf this week.</source>
        <translation>Ingenting må tas ned fra hylla denne uka.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="273"/>
        <source>Choose one item in the list to change its price.</source>
        <translation>Velg én vare i listen for å endre prisen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="280"/>
        <source>%1 (%2) costs %3 now. Type the new price.</source>
        <translation>%1 (%2) koster %3 nå. Skriv inn den nye prisen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="295"/>
        <source>Change the price of %1 from %2 to %3.</source>
        <translation>Endre prisen på %1 fra %2 til %3.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="302"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="343"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="348"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="310"/>
        <source>%1 now costs %2.</source>
        <translation>%1 koster nå %2.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="316"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="357"/>
        <source>Choose one or more items in the list first.</source>
        <translation>Velg én eller flere varer i listen først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="319"/>
        <source>Log in first.</source>
        <translation>Logg inn først.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="324"/>
        <source>Mark %n item(s) as thrown away? They can no longer be sold, and this cannot be undone.</source>
        <translation>
            <numerusform>Merke %n vare som kastet? Den kan ikke lenger selges, og dette kan ikke angres.</numerusform>
            <numerusform>Merke %n varer som kastet? De kan ikke lenger selges, og dette kan ikke angres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="329"/>
        <source>Mark %n item(s) as sent to recycling? They can no longer be sold, and this cannot be undone.</source>
        <translation>
            <numerusform>Merke %n vare som sendt til gjenvinning? Den kan ikke lenger selges, og dette kan ikke angres.</numerusform>
            <numerusform>Merke %n varer som sendt til gjenvinning? De kan ikke lenger selges, og dette kan ikke angres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="335"/>
        <source>Mark %n item(s) as moved to another shop? They can no longer be sold here, and this cannot be undone.</source>
        <translation>
            <numerusform>Merke %n vare som flyttet til annen butikk? Den kan ikke lenger selges her, og dette kan ikke angres.</numerusform>
            <numerusform>Merke %n varer som flyttet til annen butikk? De kan ikke lenger selges her, og dette kan ikke angres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="341"/>
        <source>Take items off the shelf?</source>
        <translation>Ta varer ned fra hylla?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="351"/>
        <source>%n item(s) taken off the shelf.</source>
        <translation>
            <numerusform>%n vare er tatt ned fra hylla.</numerusform>
            <numerusform>%n varer er tatt ned fra hylla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="372"/>
        <source>%n label(s) saved in %1. Open it and print at actual size (100 %).</source>
        <translation>
            <numerusform>%n etikett er lagret i %1. Åpne filen og skriv ut i faktisk størrelse (100 %).</numerusform>
            <numerusform>%n etiketter er lagret i %1. Åpne filen og skriv ut i faktisk størrelse (100 %).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="382"/>
        <source>The list is empty. Search first, then export.</source>
        <translation>Listen er tom. Søk først, og eksporter etterpå.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="390"/>
        <source>%n item(s) saved in %1.</source>
        <translation>
            <numerusform>%n vare er lagret i %1.</numerusform>
            <numerusform>%n varer er lagret i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="408"/>
        <source>The file could not be saved in %1. Check that the disk has room, then try again.</source>
        <translation>Filen kunne ikke lagres i %1. Sjekk at det er plass på disken, og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="23"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="24"/>
        <source>Category</source>
        <translation>Varegruppe</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="25"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="26"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="27"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="28"/>
        <source>Intake</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="31"/>
        <source>In stock</source>
        <translation>På lager</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="32"/>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="33"/>
        <source>Thrown away</source>
        <translation>Kastet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="34"/>
        <source>Sent to recycling</source>
        <translation>Sendt til gjenvinning</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="35"/>
        <source>Moved to another shop</source>
        <translation>Flyttet til annen butikk</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="81"/>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="82"/>
        <source>Remove the last digit</source>
        <translation>Fjern siste siffer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="85"/>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="86"/>
        <source>Clear</source>
        <translation>Slett alt</translation>
    </message>
</context>
<context>
    <name>LeaderPinDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="44"/>
        <source>An administrator’s approval</source>
        <translation>Godkjenning fra administrator</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="44"/>
        <source>A shop leader’s approval</source>
        <translation>Godkjenning fra butikkleder</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="54"/>
        <source>%1 needs an administrator’s approval.</source>
        <translation>%1 må godkjennes av en administrator.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="56"/>
        <source>%1 needs a shop leader’s approval.</source>
        <translation>%1 må godkjennes av en butikkleder.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="68"/>
        <source>Administrator: tap your name, then type your PIN.</source>
        <translation>Administrator: trykk på navnet ditt, og skriv så PIN-koden din.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="70"/>
        <source>Shop leader: tap your name, then type your PIN.</source>
        <translation>Butikkleder: trykk på navnet ditt, og skriv så PIN-koden din.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="79"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="93"/>
        <source>No one here may approve this yet. Tap Cancel and ask the administrator for help.</source>
        <translation>Ingen her kan godkjenne dette ennå. Trykk på Avbryt og be administratoren om hjelp.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="35"/>
        <source>Who is at the till?</source>
        <translation>Hvem står i kassa?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="39"/>
        <source>Tap your name.</source>
        <translation>Trykk på navnet ditt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="68"/>
        <source>No one can log in yet. Ask the administrator to add the shop’s people.</source>
        <translation>Ingen kan logge inn ennå. Be administratoren legge inn alle som jobber i butikken.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="143"/>
        <source>BruktPOS — %1</source>
        <translation>BruktPOS — %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="249"/>
        <source>%1 · Till %2</source>
        <translation>%1 · Kasse %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="254"/>
        <source>TRAINING MODE — nothing counts</source>
        <translation>TRENINGSMODUS — ingenting teller</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="262"/>
        <source>Switch user</source>
        <translation>Bytt bruker</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="266"/>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="271"/>
        <source>Pricing and donations</source>
        <translation>Prismerking og gaver</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="272"/>
        <source>Items in stock</source>
        <translation>Varer på lager</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="274"/>
        <source>Print a copy of the last receipt</source>
        <translation>Skriv ut kopi av siste kvittering</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="275"/>
        <source>Open the cash drawer</source>
        <translation>Åpne kasseskuffen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="276"/>
        <source>Training mode on/off</source>
        <translation>Treningsmodus på/av</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="277"/>
        <source>Receipt printer settings</source>
        <translation>Innstillinger for kvitteringsskriver</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="279"/>
        <source>Categories: markdowns and price tags</source>
        <translation>Varegrupper: nedprising og prislapper</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="282"/>
        <source>Quit BruktPOS</source>
        <translation>Avslutt BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="347"/>
        <source>No receipt. Ready for the next customer.</source>
        <translation>Ingen kvittering. Klar for neste kunde.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="352"/>
        <source>There is no receipt from this till session to copy.</source>
        <translation>Det er ingen kvittering å ta kopi av siden kassa ble startet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="360"/>
        <source>Printing a copy (marked KOPI).</source>
        <translation>Skriver ut en kopi (merket KOPI).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="367"/>
        <source>Opening the drawer without a sale</source>
        <translation>Åpning av kasseskuffen uten salg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="383"/>
        <source>Finish or park the sale on the screen first.</source>
        <translation>Fullfør eller parker salget på skjermen først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="386"/>
        <source>Switching training mode</source>
        <translation>Bytte til eller fra treningsmodus</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="412"/>
        <source>Training mode is on. Sales here are practice and count for nothing.</source>
        <translation>Treningsmodus er på. Salg her er bare øving og teller ikke.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="414"/>
        <source>Training mode is off. Sales count again.</source>
        <translation>Treningsmodus er av. Salg teller igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="435"/>
        <source>Changing the categories</source>
        <translation>Endring av varegruppene</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="442"/>
        <source>Changing the printer settings</source>
        <translation>Endring av skriverinnstillingene</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="460"/>
        <source>Quit BruktPOS?</source>
        <translation>Avslutte BruktPOS?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="461"/>
        <source>There is a sale on the screen. It will be lost if you quit. Quit anyway?</source>
        <translation>Det er et salg på skjermen. Det blir borte hvis du avslutter. Vil du avslutte likevel?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="62"/>
        <source>Cashier</source>
        <translation>Kasserer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="63"/>
        <source>Shop leader</source>
        <translation>Butikkleder</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="64"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="79"/>
        <source>a sale</source>
        <translation>et salg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="80"/>
        <source>a refund</source>
        <translation>en retur</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="81"/>
        <source>a price change</source>
        <translation>en prisendring</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="82"/>
        <source>removing an item after payment</source>
        <translation>fjerning av en vare etter betaling</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="83"/>
        <source>opening the cash drawer without a sale</source>
        <translation>åpning av kasseskuffen uten salg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="84"/>
        <source>changing the settings</source>
        <translation>endring av innstillingene</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="85"/>
        <source>adding or changing users</source>
        <translation>nye eller endrede brukere</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="86"/>
        <source>switching training mode on or off</source>
        <translation>bytte til eller fra treningsmodus</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="88"/>
        <source>this</source>
        <translation>dette</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="103"/>
        <source>Type an amount first, for example 49,50.</source>
        <translation>Skriv inn et beløp først, for eksempel 49,50.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="105"/>
        <source>“%1” is not an amount. Type kroner and øre, for example 49,50.</source>
        <translation>«%1» er ikke et beløp. Skriv kroner og øre, for eksempel 49,50.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="112"/>
        <source>%1 is more than the till takes for one price (%2). Check the price.</source>
        <translation>%1 er mer enn kassa tillater for én pris (høyst %2). Sjekk prisen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="116"/>
        <source>The price must be more than kr 0. Type the price again.</source>
        <translation>Prisen må være mer enn kr 0. Skriv inn prisen på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="120"/>
        <source>The number must be from 1 to %1. Type the number again.</source>
        <translation>Antallet må være fra 1 til %1. Skriv inn antallet på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="125"/>
        <source>A discount must be from 0 to 100 % and no more than the line’s price (%1). Type the discount again.</source>
        <translation>Rabatten må være fra 0 til 100 % og ikke mer enn prisen på linjen (%1). Skriv inn rabatten på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="136"/>
        <source>“%1” is not a code from this shop. Scan the label again, or type the digits under it.</source>
        <translation>«%1» er ikke en kode fra denne butikken. Skann prislappen på nytt, eller skriv inn sifrene under strekkoden.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="147"/>
        <source>The count for %1 must be a whole number, 0 or more. Count again.</source>
        <translation>Antallet for %1 må være et helt tall, 0 eller mer. Tell på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="150"/>
        <source>That is not a Norwegian coin or note the till counts. Count again.</source>
        <translation>Det er ikke en norsk mynt eller seddel som kassa teller. Tell på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="155"/>
        <source>A markdown step must come after 1 day or more, and within ten years. Change the rule.</source>
        <translation>Et nedprisingstrinn må komme etter minst 1 dag, og innen ti år. Endre regelen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="159"/>
        <source>A markdown must be from 1 to 99 %. Change the rule.</source>
        <translation>En nedprising må være fra 1 til 99 %. Endre regelen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="162"/>
        <source>Each markdown step must come later than the one before. Change the rule.</source>
        <translation>Hvert nedprisingstrinn må komme senere enn det forrige. Endre regelen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="165"/>
        <source>Each markdown step must take more off than the one before. Change the rule.</source>
        <translation>Hvert nedprisingstrinn må trekke fra mer enn det forrige. Endre regelen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="168"/>
        <source>Items can only be pulled from the shelf after the last markdown. Change the rule.</source>
        <translation>Varer kan bare tas ut av hyllen etter siste nedprising. Endre regelen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="174"/>
        <source>The markdown rule could not be read. Write it like 28:30,56:50;pull:84.</source>
        <translation>Nedprisingsregelen kunne ikke leses. Skriv den slik: 28:30,56:50;pull:84.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="180"/>
        <source>This category cannot get price tags (its number must be 1 to %1). Ask the admin.</source>
        <translation>Denne varegruppen kan ikke få prislapper (nummeret må være fra 1 til %1). Spør administratoren.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="189"/>
        <source>The label sheet “%1” is not known. Choose one of the sheets in the list.</source>
        <translation>Etikettarket «%1» er ukjent. Velg et av arkene i listen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="195"/>
        <source>Type the weight in kilos, for example 2,5. It cannot be below 0.</source>
        <translation>Skriv vekten i kilo, for eksempel 2,5. Den kan ikke være under 0.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="199"/>
        <source>A phone number has only digits and spaces, and perhaps a + first. Check it.</source>
        <translation>Et telefonnummer har bare sifre og mellomrom, og kanskje + først. Sjekk det.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="206"/>
        <source>Nothing in the shop has the code %1. Check the label, or sell it with a category button.</source>
        <translation>Ingenting i butikken har koden %1. Sjekk prislappen, eller selg varen med knappen for varegruppen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="216"/>
        <source>This item was sold on %1 at %2 (receipt %3, till %4). Ask the shop leader for help.</source>
        <translation>Denne varen ble solgt %1 kl. %2 (kvittering %3, kasse %4). Be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="229"/>
        <source>This item was marked as thrown away on %1.</source>
        <translation>Denne varen ble merket som kastet %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="230"/>
        <source>This item was marked as sent to recycling on %1.</source>
        <translation>Denne varen ble merket som sendt til gjenvinning %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="231"/>
        <source>This item was marked as moved to another shop on %1.</source>
        <translation>Denne varen ble merket som flyttet til en annen butikk %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="232"/>
        <source>This item was marked as sold on %1.</source>
        <translation>Denne varen ble merket som solgt %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="234"/>
        <source>This item was taken off sale on %1.</source>
        <translation>Denne varen ble tatt ut av salg %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="238"/>
        <source>Put it aside and ask the shop leader for help.</source>
        <translation>Legg den til side og be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="245"/>
        <source>%1 is already paid, so this sale cannot be parked. Finish the sale, or take the payment back first.</source>
        <translation>%1 er allerede betalt, så dette salget kan ikke parkeres. Fullfør salget, eller angre betalingen først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="257"/>
        <source>The cart would then cost less than is already paid (%1). Take the payment back first, then change the cart.</source>
        <translation>Da ville handlekurven koste mindre enn det som alt er betalt (%1). Angre betalingen først, og endre så handlekurven.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="265"/>
        <source>Nothing is left to pay. Finish the sale.</source>
        <translation>Det er ingenting igjen å betale. Fullfør salget.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="267"/>
        <source>%1 is more than what is left to pay (%2). Type %2 or less.</source>
        <translation>%1 er mer enn det som er igjen å betale (%2). Skriv %2 eller mindre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="275"/>
        <source>There is no payment to take back.</source>
        <translation>Det er ingen betaling å angre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="277"/>
        <source>Cash must be whole kroner and more than kr 0. Type the amount you were given again.</source>
        <translation>Kontanter må være hele kroner og mer enn kr 0. Skriv inn beløpet du fikk, på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="280"/>
        <source>The amount must be more than kr 0. Type the amount again.</source>
        <translation>Beløpet må være mer enn kr 0. Skriv inn beløpet på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="285"/>
        <source>%1 is still left to pay. Take the rest before you finish the sale.</source>
        <translation>Det er fortsatt %1 igjen å betale. Ta imot resten før du fullfører salget.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="292"/>
        <source>That PIN was not right. You have one try left before a short pause, so take your time.</source>
        <translation>PIN-koden var ikke riktig. Du har ett forsøk igjen før en kort pause, så ta deg god tid.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="297"/>
        <source>That PIN was not right. Try again; you have %1 tries left.</source>
        <translation>PIN-koden var ikke riktig. Prøv igjen – du har %1 forsøk igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="303"/>
        <source>Too many wrong PINs in a row. You can try again at %1, or ask the shop leader for help.</source>
        <translation>For mange feil PIN-koder på rad. Du kan prøve igjen kl. %1, eller be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="313"/>
        <source>A PIN has 4 to 8 digits, and this one has %1. Type it again.</source>
        <translation>En PIN-kode har 4 til 8 sifre, og denne har %1. Skriv den på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="319"/>
        <source>Only an administrator may approve %1. Ask an administrator for help.</source>
        <translation>Bare en administrator kan godkjenne %1. Be en administrator om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="321"/>
        <source>Only a shop leader may approve %1. Ask the shop leader for help.</source>
        <translation>Bare en butikkleder kan godkjenne %1. Be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="327"/>
        <source>No shop is set up in %1 yet. Start the setup to create the shop.</source>
        <translation>Ingen butikk er satt opp i %1 ennå. Start oppsettet for å lage butikken.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="333"/>
        <source>A copy of receipt %1 was already printed on %2 at %3. Only one copy may be printed.</source>
        <translation>En kopi av kvittering %1 ble allerede skrevet ut %2 kl. %3. Det kan bare skrives ut én kopi.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="346"/>
        <source>This item is already in the cart. Each item can be sold only once.</source>
        <translation>Denne varen er allerede i handlekurven. Hver vare kan bare selges én gang.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="349"/>
        <source>This product is no longer in the shop’s list. Ask the shop leader to check the buttons.</source>
        <translation>Dette produktet finnes ikke lenger i butikkens liste. Be butikklederen sjekke knappene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="353"/>
        <source>This category is no longer in the shop’s list. Choose another one, or ask the shop leader.</source>
        <translation>Denne varegruppen finnes ikke lenger i butikkens liste. Velg en annen, eller spør butikklederen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="357"/>
        <source>That line is no longer in the cart. Look at the cart and try again.</source>
        <translation>Den linjen er ikke lenger i handlekurven. Se på handlekurven og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="360"/>
        <source>A donated item is one of a kind, so the number stays 1. Scan each item on its own.</source>
        <translation>En brukt vare er unik, så antallet er alltid 1. Skann hver vare for seg.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="363"/>
        <source>The cart is empty. Scan an item or tap a product first.</source>
        <translation>Handlekurven er tom. Skann en vare eller trykk på et produkt først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="364"/>
        <source>This parked sale is no longer there; it may have been picked up. Look at the list again.</source>
        <translation>Dette parkerte salget er ikke her lenger. Kanskje noen har hentet det. Se på listen igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="368"/>
        <source>This person is no longer in the shop’s list. Choose your name again.</source>
        <translation>Denne personen finnes ikke lenger i butikkens liste. Velg navnet ditt på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="371"/>
        <source>This user has been switched off. Ask the shop leader for help.</source>
        <translation>Denne brukeren er slått av. Be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="374"/>
        <source>That sale could not be found. Check the receipt number and try again.</source>
        <translation>Fant ikke det salget. Sjekk kvitteringsnummeret og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="383"/>
        <source>The receipt printer does not answer. Check that it is on and plugged in, then try again.</source>
        <translation>Kvitteringsskriveren svarer ikke. Sjekk at den er slått på og koblet til, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="387"/>
        <source>The receipt printer was not found. Check the cable and the printer settings, then try again.</source>
        <translation>Fant ikke kvitteringsskriveren. Sjekk kabelen og skriverinnstillingene, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="391"/>
        <source>The receipt printer is out of paper. Put in a new roll, then try again.</source>
        <translation>Kvitteringsskriveren er tom for papir. Sett i en ny rull, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="394"/>
        <source>No receipt printer is set up yet. A shop leader can choose one in the settings.</source>
        <translation>Ingen kvitteringsskriver er satt opp ennå. En butikkleder kan velge en i innstillingene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="400"/>
        <source>The receipt printer could not print. Check that it is on and has paper, then try again.</source>
        <translation>Kvitteringsskriveren fikk ikke skrevet ut. Sjekk at den er slått på og har papir, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="457"/>
        <source>Something went wrong. Try again, or ask the shop leader for help.</source>
        <translation>Noe gikk galt. Prøv igjen, eller be butikklederen om hjelp.</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="166"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="14"/>
        <source>Parked sales</source>
        <translation>Parkerte salg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="19"/>
        <source>Which sale do you want to resume?</source>
        <translation>Hvilket parkert salg vil du hente?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="25"/>
        <source>Parked at %1 — %2</source>
        <translation>Parkert kl. %1 — %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="36"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="38"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="39"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="40"/>
        <source>Vipps</source>
        <translation>Vipps</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="51"/>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="96"/>
        <source>Cash rounding</source>
        <translation>Øreavrunding</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="99"/>
        <source>To pay</source>
        <translation>Å betale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="101"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="102"/>
        <source>Left to pay</source>
        <translation>Igjen å betale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="119"/>
        <source>Undo last payment</source>
        <translation>Angre siste betaling</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="122"/>
        <source>Back to the sale</source>
        <translation>Tilbake til salget</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="147"/>
        <source>What did the customer give you? Tap a note or type the amount.</source>
        <translation>Hvor mye fikk du av kunden? Trykk på en seddel eller skriv inn beløpet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="153"/>
        <source>Take cash</source>
        <translation>Ta imot kontant</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="179"/>
        <source>Change</source>
        <translation>Vekslepenger</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="193"/>
        <source>Print receipt</source>
        <translation>Skriv ut kvittering</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="197"/>
        <source>No receipt</source>
        <translation>Ingen kvittering</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="223"/>
        <source>Key the amount into the card terminal. When it says APPROVED, tap the button. To split, change the amount first.</source>
        <translation>Tast beløpet inn på kortterminalen. Når den viser GODKJENT, trykker du på knappen. Vil du dele betalingen, endrer du beløpet først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="227"/>
        <source>Card payment approved</source>
        <translation>Kortbetaling godkjent</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="231"/>
        <source>Show the Vipps number. When the customer&apos;s phone shows the payment as done, tap the button. To split, change the amount first.</source>
        <translation>Vis Vipps-nummeret. Når kundens telefon viser at betalingen er gjennomført, trykker du på knappen. Vil du dele betalingen, endrer du beløpet først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="235"/>
        <source>Vipps payment received</source>
        <translation>Vipps-betaling mottatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="246"/>
        <source>Type the amount that was paid on the terminal.</source>
        <translation>Skriv inn beløpet som ble betalt på terminalen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="274"/>
        <source>Sale completed. Receipt number %1.</source>
        <translation>Salget er fullført. Kvitteringsnummer %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="304"/>
        <source>Exact cash: %1</source>
        <translation>Akkurat beløp: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="318"/>
        <source> (given %1, change %2)</source>
        <translation> (gitt %1, vekslepenger %2)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="333"/>
        <source>Payments are already taken. Undo them first if you want to go back to the sale.</source>
        <translation>Det er allerede tatt imot betaling. Angre betalingene først hvis du vil tilbake til salget.</translation>
    </message>
</context>
<context>
    <name>PersonPin</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="75"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="79"/>
        <source>Back to the list of names (Esc)</source>
        <translation>Tilbake til listen med navn (Esc)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="107"/>
        <source>Hi, %1! Type your PIN.</source>
        <translation>Hei, %1! Skriv PIN-koden din.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/pin_pad.py" line="42"/>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/pin_pad.py" line="59"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="39"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PricingScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="120"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="120"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="120"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="128"/>
        <source>Register donation</source>
        <translation>Registrer gave</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="132"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="156"/>
        <source>Short description (optional), for example “Blue wool sweater”</source>
        <translation>Kort beskrivelse (valgfritt), for eksempel «Blå ullgenser»</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="161"/>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="166"/>
        <source>How many</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="185"/>
        <source>One label each</source>
        <translation>Én etikett per vare</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="186"/>
        <source>One price tag</source>
        <translation>Én prislapp</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="203"/>
        <source>A4, %1 labels of %2 × %3 mm</source>
        <translation>A4, %1 etiketter på %2 × %3 mm</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="211"/>
        <source>start at label </source>
        <translation>start på etikett </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="217"/>
        <source>Print labels</source>
        <translation>Skriv ut etiketter</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="270"/>
        <source>Choose a category on the left.</source>
        <translation>Velg en varegruppe til venstre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="311"/>
        <source> of %1</source>
        <translation> av %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="318"/>
        <source>Log in first, then register the donation.</source>
        <translation>Logg inn først, og registrer så gaven.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="325"/>
        <source>The donation is registered (%1 kg). Now price the items.</source>
        <translation>Gaven er registrert (%1 kg). Nå kan du prise varene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="334"/>
        <source>Choose a category on the left first.</source>
        <translation>Velg en varegruppe til venstre først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="338"/>
        <source>Tap a price or type one first.</source>
        <translation>Trykk på en pris eller skriv inn en først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="360"/>
        <source>The labels are being printed on the label printer.</source>
        <translation>Etikettene skrives ut på etikettskriveren.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="395"/>
        <source>The items are saved, but the labels could not be written to %1. Ask the shop leader.</source>
        <translation>Varene er lagret, men etikettene kunne ikke skrives til %1. Be butikklederen om hjelp.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="404"/>
        <source>The labels are saved in %1. Open it and print at 100 %.</source>
        <translation>Etikettene er lagret i %1. Åpne filen og skriv ut i 100 %.</translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="88"/>
        <source>No printer yet</source>
        <translation>Ingen skriver ennå</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="89"/>
        <source>File (for testing)</source>
        <translation>Fil (for testing)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="90"/>
        <source>Network</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="91"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="92"/>
        <source>Serial port</source>
        <translation>Seriell port</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="93"/>
        <source>Printer set up in the computer (CUPS)</source>
        <translation>Skriver som er satt opp på datamaskinen (CUPS)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="108"/>
        <source>You can set up the receipt printer later, in the settings.</source>
        <translation>Du kan sette opp kvitteringsskriveren senere, i innstillingene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="113"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="120"/>
        <source>Receipts are written to this file instead of on paper, to try the till out.</source>
        <translation>Kvitteringene skrives til denne filen i stedet for på papir, så du kan prøve kassa.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="121"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="133"/>
        <source>The printer’s address on the shop’s network. The port is nearly always 9100.</source>
        <translation>Skriverens adresse på butikkens nettverk. Porten er nesten alltid 9100.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="134"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="134"/>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="156"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="145"/>
        <source>The two numbers the computer shows for the printer, for example 04b8 and 0202.</source>
        <translation>De to numrene datamaskinen viser for skriveren, for eksempel 04b8 og 0202.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="146"/>
        <source>Vendor ID</source>
        <translation>Produsent-ID</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="146"/>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="155"/>
        <source>The serial port the printer is plugged into.</source>
        <translation>Den serielle porten skriveren er koblet til.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="166"/>
        <source>A printer the computer already knows. Choose it, or type its name.</source>
        <translation>En skriver som datamaskinen allerede kjenner. Velg den, eller skriv inn navnet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="167"/>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="227"/>
        <source>Type the name of the file for the receipts.</source>
        <translation>Skriv inn navnet på filen for kvitteringene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="229"/>
        <source>Type the printer’s address, for example 192.168.1.50.</source>
        <translation>Skriv inn adressen til skriveren, for eksempel 192.168.1.50.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="231"/>
        <source>Type both numbers with 1 to 4 digits or letters a–f, for example 04b8 and 0202.</source>
        <translation>Skriv inn begge numrene med 1 til 4 sifre eller bokstavene a–f, for eksempel 04b8 og 0202.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="233"/>
        <source>Type the serial port, for example /dev/ttyUSB0 or COM1.</source>
        <translation>Skriv inn den serielle porten, for eksempel /dev/ttyUSB0 eller COM1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="235"/>
        <source>Choose the printer, or type its name.</source>
        <translation>Velg skriveren, eller skriv inn navnet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="281"/>
        <source>File for the receipts</source>
        <translation>Fil for kvitteringene</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="242"/>
        <source>The receipt printer</source>
        <translation>Kvitteringsskriveren</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="243"/>
        <source>How is the receipt printer connected? You can change this later.</source>
        <translation>Hvordan er kvitteringsskriveren koblet til? Du kan endre dette senere.</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="37"/>
        <source>Receipt printer</source>
        <translation>Kvitteringsskriver</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="43"/>
        <source>Paper</source>
        <translation>Papir</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="45"/>
        <source>80 mm (42 characters)</source>
        <translation>80 mm (42 tegn)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="46"/>
        <source>58 mm (32 characters)</source>
        <translation>58 mm (32 tegn)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="56"/>
        <source>Back to the till</source>
        <translation>Tilbake til kassa</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="58"/>
        <source>Print a test page</source>
        <translation>Skriv ut testside</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="60"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="70"/>
        <source>The test page was sent to the printer.</source>
        <translation>Testsiden er sendt til skriveren.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="97"/>
        <source>These settings do not work. Check the address and the numbers, then try again.</source>
        <translation>Disse innstillingene virker ikke. Sjekk adressen og tallene, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="107"/>
        <source>Choose a connection first.</source>
        <translation>Velg en tilkobling først.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="109"/>
        <source>Printing a test page …</source>
        <translation>Skriver ut testside …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="121"/>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="310"/>
        <source>Set up BruktPOS</source>
        <translation>Sett opp BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="313"/>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="314"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="315"/>
        <source>Finish</source>
        <translation>Fullfør</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="316"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="362"/>
        <source>This database already has a shop. Close this window and start BruktPOS again.</source>
        <translation>Denne databasen har allerede en butikk. Lukk dette vinduet og start BruktPOS på nytt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="364"/>
        <source>Some of the facts were not accepted. Tap Back and check each page.</source>
        <translation>Noen av opplysningene ble ikke godtatt. Trykk på Tilbake og sjekk hver side.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="371"/>
        <source>The shop could not be saved. Check that the disk is not full, then tap Finish again.</source>
        <translation>Butikken ble ikke lagret. Sjekk at disken ikke er full, og trykk så på Fullfør igjen.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="112"/>
        <source>The shop</source>
        <translation>Butikken</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="113"/>
        <source>This is printed on every receipt.</source>
        <translation>Dette skrives ut på hver kvittering.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="119"/>
        <source>The same as the name</source>
        <translation>Samme som navnet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="130"/>
        <source>The shop is registered for VAT (MVA)</source>
        <translation>Butikken er MVA-registrert</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="132"/>
        <source>Tick this only if the organisation is in the VAT Register; receipts then show VAT.</source>
        <translation>Kryss av bare hvis organisasjonen står i Merverdiavgiftsregisteret. Da viser kvitteringene MVA.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="136"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="137"/>
        <source>Short name</source>
        <translation>Kortnavn</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="138"/>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="140"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="141"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="142"/>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="158"/>
        <source>An organisation number has only digits.</source>
        <translation>Et organisasjonsnummer har bare sifre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="160"/>
        <source>An organisation number has 9 digits.</source>
        <translation>Et organisasjonsnummer har 9 sifre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="162"/>
        <source>This is not a valid organisation number. Check each digit and try again.</source>
        <translation>Dette er ikke et gyldig organisasjonsnummer. Sjekk hvert siffer og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="167"/>
        <source>Type the shop’s name to go on.</source>
        <translation>Skriv inn navnet på butikken for å gå videre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="171"/>
        <source>Type the organisation number, all 9 digits, to go on.</source>
        <translation>Skriv inn organisasjonsnummeret, alle 9 sifrene, for å gå videre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="173"/>
        <source>A postcode has 4 digits.</source>
        <translation>Et postnummer har 4 sifre.</translation>
    </message>
</context>
<context>
    <name>TillController</name>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="63"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="94"/>
        <source>Lowering a quantity after payment has started</source>
        <translation>Lavere antall etter at betalingen har startet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="108"/>
        <source>Changing a price</source>
        <translation>En prisendring</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="116"/>
        <source>Removing a line after payment has started</source>
        <translation>Fjerning av en linje etter at betalingen har startet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="151"/>
        <source>The sale is parked. Resume it under Parked sales.</source>
        <translation>Salget er parkert. Hent det igjen under Parkerte salg.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="166"/>
        <source>Finish or park the sale on the screen first, then resume the parked one.</source>
        <translation>Fullfør eller parker salget på skjermen først, og hent så det parkerte salget.</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="83"/>
        <source>Scan, or type an item code and press Enter</source>
        <translation>Skann, eller skriv inn varekoden og trykk Enter</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="87"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="108"/>
        <source>Print again</source>
        <translation>Skriv ut igjen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="132"/>
        <source>One fewer (F5)</source>
        <translation>Én færre (F5)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="135"/>
        <source>One more (F6)</source>
        <translation>Én til (F6)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="137"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="139"/>
        <source>New price</source>
        <translation>Ny pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="141"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="154"/>
        <source>To pay</source>
        <translation>Å betale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="164"/>
        <source>Park sale</source>
        <translation>Parker salg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="168"/>
        <source>Pay</source>
        <translation>Betal</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="171"/>
        <source>Pay (F12)</source>
        <translation>Betal (F12)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="195"/>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="205"/>
        <source>Café</source>
        <translation>Kafé</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="257"/>
        <source>Parked sales (%1)</source>
        <translation>Parkerte salg (%1)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="278"/>
        <source>The sale is saved, but the receipt did not print. %1</source>
        <translation>Salget er lagret, men kvitteringen ble ikke skrevet ut. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="310"/>
        <source>Type the price, or tap one of the usual ones.</source>
        <translation>Skriv inn prisen, eller trykk på en av de vanlige prisene.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="312"/>
        <source>Add to sale</source>
        <translation>Legg til i salget</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="340"/>
        <location filename="../src/bruktpos/ui/till/screen.py" line="342"/>
        <source>Change price</source>
        <translation>Endre pris</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="341"/>
        <source>New price for %1. A shop leader must approve it.</source>
        <translation>Ny pris for %1. En butikkleder må godkjenne den.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="96"/>
        <source>Welcome to BruktPOS</source>
        <translation>Velkommen til BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="99"/>
        <source>This till has no shop yet. In four short steps you set up the shop.</source>
        <translation>Denne kassa har ingen butikk ennå. På fire korte trinn setter du opp butikken.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="104"/>
        <source>Nothing is saved until you tap Finish, so you can go back at any time.</source>
        <translation>Ingenting lagres før du trykker på Fullfør, så du kan gå tilbake når som helst.</translation>
    </message>
</context>
</TS>
