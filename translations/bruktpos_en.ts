<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="201"/>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="203"/>
        <source>The administrator adds the shop’s people and may do everything at the till.</source>
        <translation>The administrator adds the shop’s people and may do everything at the till.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="215"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="216"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="217"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="220"/>
        <source>Choose a PIN only you know, and keep it to yourself.</source>
        <translation>Choose a PIN only you know, and keep it to yourself.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="229"/>
        <source>Type the administrator’s name to go on.</source>
        <translation>Type the administrator’s name to go on.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="231"/>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <translation>Choose a PIN of 4 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="233"/>
        <source>Type the PIN once more, to be sure it is right.</source>
        <translation>Type the PIN once more, to be sure it is right.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="235"/>
        <source>The two PINs are not the same. Type the PIN again in the last field.</source>
        <translation>The two PINs are not the same. Type the PIN again in the last field.</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../src/bruktpos/ui/till/cart_model.py" line="23"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/cart_model.py" line="24"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/cart_model.py" line="25"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/cart_model.py" line="26"/>
        <source>Discount</source>
        <translation>Discount</translation>
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
        <translation>Categories: markdowns and price tags</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="44"/>
        <source>A markdown is written as days:percent, and when to take the item down, for example 28:30,56:50;pull:84 (after 4 weeks 30 % off, after 8 weeks 50 %, down after 12 weeks). Leave it empty for none.</source>
        <translation>A markdown is written as days:percent, and when to take the item down, for example 28:30,56:50;pull:84 (after 4 weeks 30 % off, after 8 weeks 50 %, down after 12 weeks). Leave it empty for none.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="65"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="67"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="93"/>
        <source>no markdown</source>
        <translation>no markdown</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="94"/>
        <source>Price tags</source>
        <translation>Price tags</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="120"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="57"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="63"/>
        <source>Discount on %1</source>
        <translation>Discount on %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="75"/>
        <source>Or type the discount in kroner:</source>
        <translation>Or type the discount in kroner:</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="77"/>
        <source>Give discount</source>
        <translation>Give discount</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="81"/>
        <source>No discount</source>
        <translation>No discount</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DonationDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="98"/>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="146"/>
        <source>Register donation</source>
        <translation>Register donation</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="107"/>
        <source>What came in? One row per category: weight in kg and how many things.</source>
        <translation>What came in? One row per category: weight in kg and how many things.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="112"/>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="124"/>
        <source>Donor’s name (optional)</source>
        <translation>Donor’s name (optional)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="125"/>
        <source>Donor’s phone (optional)</source>
        <translation>Donor’s phone (optional)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="129"/>
        <source>Only fill these in when the donor wants a pick-up or a receipt; otherwise nothing is kept.</source>
        <translation>Only fill these in when the donor wants a pick-up or a receipt; otherwise nothing is kept.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="143"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="190"/>
        <source>There is no category to choose. Ask the shop leader to add one.</source>
        <translation>There is no category to choose. Ask the shop leader to add one.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="195"/>
        <source>Row %1: “%2” is not a weight. Type kilos from the scale, for example 2,5.</source>
        <translation>Row %1: “%2” is not a weight. Type kilos from the scale, for example 2,5.</translation>
    </message>
</context>
<context>
    <name>DonationRow</name>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="66"/>
        <source>kg, for example 2,5</source>
        <translation>kg, for example 2,5</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="67"/>
        <source>Weight in kg</source>
        <translation>Weight in kg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="71"/>
        <source> pcs</source>
        <translation> pcs</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="72"/>
        <source>How many things</source>
        <translation>How many things</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="73"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="256"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="257"/>
        <source>Check that all is right. Tap Back to change something.</source>
        <translation>Check that all is right. Tap Back to change something.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="274"/>
        <source>Shop: %1 (org. no. %2)</source>
        <translation>Shop: %1 (org. no. %2)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="275"/>
        <source>Administrator: %1</source>
        <translation>Administrator: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="276"/>
        <source>Receipt printer: %1</source>
        <translation>Receipt printer: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="279"/>
        <source>Registered for VAT: receipts show VAT.</source>
        <translation>Registered for VAT: receipts show VAT.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="283"/>
        <source>Tap Finish to save. Then log in as %1 with your PIN.</source>
        <translation>Tap Finish to save. Then log in as %1 with your PIN.</translation>
    </message>
</context>
<context>
    <name>InventoryScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="94"/>
        <source>Items in %1</source>
        <translation>Items in %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="97"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="139"/>
        <source>Code, or words such as “jacket”</source>
        <translation>Code, or words such as “jacket”</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="146"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="150"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="158"/>
        <source>Intake from</source>
        <translation>Intake from</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="170"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="173"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="181"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="278"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="286"/>
        <source>Change price</source>
        <translation>Change price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="182"/>
        <source>Throw away</source>
        <translation>Throw away</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="183"/>
        <source>Recycle</source>
        <translation>Recycle</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="184"/>
        <source>Moved to another shop</source>
        <translation>Moved to another shop</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="185"/>
        <source>Print label again</source>
        <translation>Print label again</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="186"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="187"/>
        <source>To take down this week</source>
        <translation>To take down this week</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="218"/>
        <source>Nothing matches the search. Try fewer words, or choose “All”.</source>
        <translation>Nothing matches the search. Try fewer words, or choose “All”.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="221"/>
        <source>Showing the first %1 items. Narrow the search to see the rest.</source>
        <translation>Showing the first %1 items. Narrow the search to see the rest.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="231"/>
        <source>%n item(s) should come off the shelf this week.</source>
        <translation>
            <numerusform>%n item should come off the shelf this week.</numerusform>
            <numerusform>%n items should come off the shelf this week.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="233"/>
        <source>Nothing needs to come off the shelf this week.</source>
        <translation>Nothing needs to come off the shelf this week.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="273"/>
        <source>Choose one item in the list to change its price.</source>
        <translation>Choose one item in the list to change its price.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="280"/>
        <source>%1 (%2) costs %3 now. Type the new price.</source>
        <translation>%1 (%2) costs %3 now. Type the new price.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="295"/>
        <source>Change the price of %1 from %2 to %3.</source>
        <translation>Change the price of %1 from %2 to %3.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="302"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="343"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="348"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="310"/>
        <source>%1 now costs %2.</source>
        <translation>%1 now costs %2.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="316"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="357"/>
        <source>Choose one or more items in the list first.</source>
        <translation>Choose one or more items in the list first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="319"/>
        <source>Log in first.</source>
        <translation>Log in first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="324"/>
        <source>Mark %n item(s) as thrown away? They can no longer be sold, and this cannot be undone.</source>
        <translation>
            <numerusform>Mark %n item as thrown away? It can no longer be sold, and this cannot be undone.</numerusform>
            <numerusform>Mark %n items as thrown away? They can no longer be sold, and this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="329"/>
        <source>Mark %n item(s) as sent to recycling? They can no longer be sold, and this cannot be undone.</source>
        <translation>
            <numerusform>Mark %n item as sent to recycling? It can no longer be sold, and this cannot be undone.</numerusform>
            <numerusform>Mark %n items as sent to recycling? They can no longer be sold, and this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="335"/>
        <source>Mark %n item(s) as moved to another shop? They can no longer be sold here, and this cannot be undone.</source>
        <translation>
            <numerusform>Mark %n item as moved to another shop? It can no longer be sold here, and this cannot be undone.</numerusform>
            <numerusform>Mark %n items as moved to another shop? They can no longer be sold here, and this cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="341"/>
        <source>Take items off the shelf?</source>
        <translation>Take items off the shelf?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="351"/>
        <source>%n item(s) taken off the shelf.</source>
        <translation>
            <numerusform>%n item taken off the shelf.</numerusform>
            <numerusform>%n items taken off the shelf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="372"/>
        <source>%n label(s) saved in %1. Open it and print at actual size (100 %).</source>
        <translation>
            <numerusform>%n label saved in %1. Open it and print at actual size (100 %).</numerusform>
            <numerusform>%n labels saved in %1. Open it and print at actual size (100 %).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="382"/>
        <source>The list is empty. Search first, then export.</source>
        <translation>The list is empty. Search first, then export.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="390"/>
        <source>%n item(s) saved in %1.</source>
        <translation>
            <numerusform>%n item saved in %1.</numerusform>
            <numerusform>%n items saved in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="408"/>
        <source>The file could not be saved in %1. Check that the disk has room, then try again.</source>
        <translation>The file could not be saved in %1. Check that the disk has room, then try again.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="23"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="24"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="25"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="26"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="27"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="28"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="31"/>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="32"/>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="33"/>
        <source>Thrown away</source>
        <translation>Thrown away</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="34"/>
        <source>Sent to recycling</source>
        <translation>Sent to recycling</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="35"/>
        <source>Moved to another shop</source>
        <translation>Moved to another shop</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="81"/>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="82"/>
        <source>Remove the last digit</source>
        <translation>Remove the last digit</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="85"/>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="86"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>LeaderPinDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="44"/>
        <source>An administrator’s approval</source>
        <translation>An administrator’s approval</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="44"/>
        <source>A shop leader’s approval</source>
        <translation>A shop leader’s approval</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="54"/>
        <source>%1 needs an administrator’s approval.</source>
        <translation>%1 needs an administrator’s approval.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="56"/>
        <source>%1 needs a shop leader’s approval.</source>
        <translation>%1 needs a shop leader’s approval.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="68"/>
        <source>Administrator: tap your name, then type your PIN.</source>
        <translation>Administrator: tap your name, then type your PIN.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="70"/>
        <source>Shop leader: tap your name, then type your PIN.</source>
        <translation>Shop leader: tap your name, then type your PIN.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="79"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="93"/>
        <source>No one here may approve this yet. Tap Cancel and ask the administrator for help.</source>
        <translation>No one here may approve this yet. Tap Cancel and ask the administrator for help.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="35"/>
        <source>Who is at the till?</source>
        <translation>Who is at the till?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="39"/>
        <source>Tap your name.</source>
        <translation>Tap your name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="68"/>
        <source>No one can log in yet. Ask the administrator to add the shop’s people.</source>
        <translation>No one can log in yet. Ask the administrator to add the shop’s people.</translation>
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
        <translation>%1 · Till %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="254"/>
        <source>TRAINING MODE — nothing counts</source>
        <translation>TRAINING MODE — nothing counts</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="262"/>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="266"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="271"/>
        <source>Pricing and donations</source>
        <translation>Pricing and donations</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="272"/>
        <source>Items in stock</source>
        <translation>Items in stock</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="274"/>
        <source>Print a copy of the last receipt</source>
        <translation>Print a copy of the last receipt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="275"/>
        <source>Open the cash drawer</source>
        <translation>Open the cash drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="276"/>
        <source>Training mode on/off</source>
        <translation>Training mode on/off</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="277"/>
        <source>Receipt printer settings</source>
        <translation>Receipt printer settings</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="279"/>
        <source>Categories: markdowns and price tags</source>
        <translation>Categories: markdowns and price tags</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="282"/>
        <source>Quit BruktPOS</source>
        <translation>Quit BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="347"/>
        <source>No receipt. Ready for the next customer.</source>
        <translation>No receipt. Ready for the next customer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="352"/>
        <source>There is no receipt from this till session to copy.</source>
        <translation>There is no receipt from this till session to copy.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="360"/>
        <source>Printing a copy (marked KOPI).</source>
        <translation>Printing a copy (marked KOPI).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="367"/>
        <source>Opening the drawer without a sale</source>
        <translation>Opening the drawer without a sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="383"/>
        <source>Finish or park the sale on the screen first.</source>
        <translation>Finish or park the sale on the screen first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="386"/>
        <source>Switching training mode</source>
        <translation>Switching training mode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="412"/>
        <source>Training mode is on. Sales here are practice and count for nothing.</source>
        <translation>Training mode is on. Sales here are practice and count for nothing.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="414"/>
        <source>Training mode is off. Sales count again.</source>
        <translation>Training mode is off. Sales count again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="435"/>
        <source>Changing the categories</source>
        <translation>Changing the categories</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="442"/>
        <source>Changing the printer settings</source>
        <translation>Changing the printer settings</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="460"/>
        <source>Quit BruktPOS?</source>
        <translation>Quit BruktPOS?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="461"/>
        <source>There is a sale on the screen. It will be lost if you quit. Quit anyway?</source>
        <translation>There is a sale on the screen. It will be lost if you quit. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="62"/>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="63"/>
        <source>Shop leader</source>
        <translation>Shop leader</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="64"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="79"/>
        <source>a sale</source>
        <translation>a sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="80"/>
        <source>a refund</source>
        <translation>a refund</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="81"/>
        <source>a price change</source>
        <translation>a price change</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="82"/>
        <source>removing an item after payment</source>
        <translation>removing an item after payment</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="83"/>
        <source>opening the cash drawer without a sale</source>
        <translation>opening the cash drawer without a sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="84"/>
        <source>changing the settings</source>
        <translation>changing the settings</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="85"/>
        <source>adding or changing users</source>
        <translation>adding or changing users</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="86"/>
        <source>switching training mode on or off</source>
        <translation>switching training mode on or off</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="88"/>
        <source>this</source>
        <translation>this</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="103"/>
        <source>Type an amount first, for example 49,50.</source>
        <translation>Type an amount first, for example 49,50.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="105"/>
        <source>“%1” is not an amount. Type kroner and øre, for example 49,50.</source>
        <translation>“%1” is not an amount. Type kroner and øre, for example 49,50.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="112"/>
        <source>%1 is more than the till takes for one price (%2). Check the price.</source>
        <translation>%1 is more than the till takes for one price (%2). Check the price.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="116"/>
        <source>The price must be more than kr 0. Type the price again.</source>
        <translation>The price must be more than kr 0. Type the price again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="120"/>
        <source>The number must be from 1 to %1. Type the number again.</source>
        <translation>The number must be from 1 to %1. Type the number again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="125"/>
        <source>A discount must be from 0 to 100 % and no more than the line’s price (%1). Type the discount again.</source>
        <translation>A discount must be from 0 to 100 % and no more than the line’s price (%1). Type the discount again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="136"/>
        <source>“%1” is not a code from this shop. Scan the label again, or type the digits under it.</source>
        <translation>“%1” is not a code from this shop. Scan the label again, or type the digits under it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="147"/>
        <source>The count for %1 must be a whole number, 0 or more. Count again.</source>
        <translation>The count for %1 must be a whole number, 0 or more. Count again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="150"/>
        <source>That is not a Norwegian coin or note the till counts. Count again.</source>
        <translation>That is not a Norwegian coin or note the till counts. Count again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="155"/>
        <source>A markdown step must come after 1 day or more, and within ten years. Change the rule.</source>
        <translation>A markdown step must come after 1 day or more, and within ten years. Change the rule.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="159"/>
        <source>A markdown must be from 1 to 99 %. Change the rule.</source>
        <translation>A markdown must be from 1 to 99 %. Change the rule.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="162"/>
        <source>Each markdown step must come later than the one before. Change the rule.</source>
        <translation>Each markdown step must come later than the one before. Change the rule.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="165"/>
        <source>Each markdown step must take more off than the one before. Change the rule.</source>
        <translation>Each markdown step must take more off than the one before. Change the rule.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="168"/>
        <source>Items can only be pulled from the shelf after the last markdown. Change the rule.</source>
        <translation>Items can only be pulled from the shelf after the last markdown. Change the rule.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="174"/>
        <source>The markdown rule could not be read. Write it like 28:30,56:50;pull:84.</source>
        <translation>The markdown rule could not be read. Write it like 28:30,56:50;pull:84.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="180"/>
        <source>This category cannot get price tags (its number must be 1 to %1). Ask the admin.</source>
        <translation>This category cannot get price tags (its number must be 1 to %1). Ask the admin.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="189"/>
        <source>The label sheet “%1” is not known. Choose one of the sheets in the list.</source>
        <translation>The label sheet “%1” is not known. Choose one of the sheets in the list.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="195"/>
        <source>Type the weight in kilos, for example 2,5. It cannot be below 0.</source>
        <translation>Type the weight in kilos, for example 2,5. It cannot be below 0.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="199"/>
        <source>A phone number has only digits and spaces, and perhaps a + first. Check it.</source>
        <translation>A phone number has only digits and spaces, and perhaps a + first. Check it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="206"/>
        <source>Nothing in the shop has the code %1. Check the label, or sell it with a category button.</source>
        <translation>Nothing in the shop has the code %1. Check the label, or sell it with a category button.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="216"/>
        <source>This item was sold on %1 at %2 (receipt %3, till %4). Ask the shop leader for help.</source>
        <translation>This item was sold on %1 at %2 (receipt %3, till %4). Ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="229"/>
        <source>This item was marked as thrown away on %1.</source>
        <translation>This item was marked as thrown away on %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="230"/>
        <source>This item was marked as sent to recycling on %1.</source>
        <translation>This item was marked as sent to recycling on %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="231"/>
        <source>This item was marked as moved to another shop on %1.</source>
        <translation>This item was marked as moved to another shop on %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="232"/>
        <source>This item was marked as sold on %1.</source>
        <translation>This item was marked as sold on %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="234"/>
        <source>This item was taken off sale on %1.</source>
        <translation>This item was taken off sale on %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="238"/>
        <source>Put it aside and ask the shop leader for help.</source>
        <translation>Put it aside and ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="245"/>
        <source>%1 is already paid, so this sale cannot be parked. Finish the sale, or take the payment back first.</source>
        <translation>%1 is already paid, so this sale cannot be parked. Finish the sale, or take the payment back first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="257"/>
        <source>The cart would then cost less than is already paid (%1). Take the payment back first, then change the cart.</source>
        <translation>The cart would then cost less than is already paid (%1). Take the payment back first, then change the cart.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="265"/>
        <source>Nothing is left to pay. Finish the sale.</source>
        <translation>Nothing is left to pay. Finish the sale.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="267"/>
        <source>%1 is more than what is left to pay (%2). Type %2 or less.</source>
        <translation>%1 is more than what is left to pay (%2). Type %2 or less.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="275"/>
        <source>There is no payment to take back.</source>
        <translation>There is no payment to take back.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="277"/>
        <source>Cash must be whole kroner and more than kr 0. Type the amount you were given again.</source>
        <translation>Cash must be whole kroner and more than kr 0. Type the amount you were given again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="280"/>
        <source>The amount must be more than kr 0. Type the amount again.</source>
        <translation>The amount must be more than kr 0. Type the amount again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="285"/>
        <source>%1 is still left to pay. Take the rest before you finish the sale.</source>
        <translation>%1 is still left to pay. Take the rest before you finish the sale.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="292"/>
        <source>That PIN was not right. You have one try left before a short pause, so take your time.</source>
        <translation>That PIN was not right. You have one try left before a short pause, so take your time.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="297"/>
        <source>That PIN was not right. Try again; you have %1 tries left.</source>
        <translation>That PIN was not right. Try again; you have %1 tries left.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="303"/>
        <source>Too many wrong PINs in a row. You can try again at %1, or ask the shop leader for help.</source>
        <translation>Too many wrong PINs in a row. You can try again at %1, or ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="313"/>
        <source>A PIN has 4 to 8 digits, and this one has %1. Type it again.</source>
        <translation>A PIN has 4 to 8 digits, and this one has %1. Type it again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="319"/>
        <source>Only an administrator may approve %1. Ask an administrator for help.</source>
        <translation>Only an administrator may approve %1. Ask an administrator for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="321"/>
        <source>Only a shop leader may approve %1. Ask the shop leader for help.</source>
        <translation>Only a shop leader may approve %1. Ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="327"/>
        <source>No shop is set up in %1 yet. Start the setup to create the shop.</source>
        <translation>No shop is set up in %1 yet. Start the setup to create the shop.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="333"/>
        <source>A copy of receipt %1 was already printed on %2 at %3. Only one copy may be printed.</source>
        <translation>A copy of receipt %1 was already printed on %2 at %3. Only one copy may be printed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="346"/>
        <source>This item is already in the cart. Each item can be sold only once.</source>
        <translation>This item is already in the cart. Each item can be sold only once.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="349"/>
        <source>This product is no longer in the shop’s list. Ask the shop leader to check the buttons.</source>
        <translation>This product is no longer in the shop’s list. Ask the shop leader to check the buttons.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="353"/>
        <source>This category is no longer in the shop’s list. Choose another one, or ask the shop leader.</source>
        <translation>This category is no longer in the shop’s list. Choose another one, or ask the shop leader.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="357"/>
        <source>That line is no longer in the cart. Look at the cart and try again.</source>
        <translation>That line is no longer in the cart. Look at the cart and try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="360"/>
        <source>A donated item is one of a kind, so the number stays 1. Scan each item on its own.</source>
        <translation>A donated item is one of a kind, so the number stays 1. Scan each item on its own.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="363"/>
        <source>The cart is empty. Scan an item or tap a product first.</source>
        <translation>The cart is empty. Scan an item or tap a product first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="364"/>
        <source>This parked sale is no longer there; it may have been picked up. Look at the list again.</source>
        <translation>This parked sale is no longer there; it may have been picked up. Look at the list again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="368"/>
        <source>This person is no longer in the shop’s list. Choose your name again.</source>
        <translation>This person is no longer in the shop’s list. Choose your name again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="371"/>
        <source>This user has been switched off. Ask the shop leader for help.</source>
        <translation>This user has been switched off. Ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="374"/>
        <source>That sale could not be found. Check the receipt number and try again.</source>
        <translation>That sale could not be found. Check the receipt number and try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="383"/>
        <source>The receipt printer does not answer. Check that it is on and plugged in, then try again.</source>
        <translation>The receipt printer does not answer. Check that it is on and plugged in, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="387"/>
        <source>The receipt printer was not found. Check the cable and the printer settings, then try again.</source>
        <translation>The receipt printer was not found. Check the cable and the printer settings, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="391"/>
        <source>The receipt printer is out of paper. Put in a new roll, then try again.</source>
        <translation>The receipt printer is out of paper. Put in a new roll, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="394"/>
        <source>No receipt printer is set up yet. A shop leader can choose one in the settings.</source>
        <translation>No receipt printer is set up yet. A shop leader can choose one in the settings.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="400"/>
        <source>The receipt printer could not print. Check that it is on and has paper, then try again.</source>
        <translation>The receipt printer could not print. Check that it is on and has paper, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="457"/>
        <source>Something went wrong. Try again, or ask the shop leader for help.</source>
        <translation>Something went wrong. Try again, or ask the shop leader for help.</translation>
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
        <translation>Parked sales</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="19"/>
        <source>Which sale do you want to resume?</source>
        <translation>Which sale do you want to resume?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="25"/>
        <source>Parked at %1 — %2</source>
        <translation>Parked at %1 — %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="36"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="38"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="39"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="40"/>
        <source>Vipps</source>
        <translation>Vipps</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="51"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="96"/>
        <source>Cash rounding</source>
        <translation>Cash rounding</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="99"/>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="101"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="102"/>
        <source>Left to pay</source>
        <translation>Left to pay</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="119"/>
        <source>Undo last payment</source>
        <translation>Undo last payment</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="122"/>
        <source>Back to the sale</source>
        <translation>Back to the sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="147"/>
        <source>What did the customer give you? Tap a note or type the amount.</source>
        <translation>What did the customer give you? Tap a note or type the amount.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="153"/>
        <source>Take cash</source>
        <translation>Take cash</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="179"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="193"/>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="197"/>
        <source>No receipt</source>
        <translation>No receipt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="223"/>
        <source>Key the amount into the card terminal. When it says APPROVED, tap the button. To split, change the amount first.</source>
        <translation>Key the amount into the card terminal. When it says APPROVED, tap the button. To split, change the amount first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="227"/>
        <source>Card payment approved</source>
        <translation>Card payment approved</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="231"/>
        <source>Show the Vipps number. When the customer&apos;s phone shows the payment as done, tap the button. To split, change the amount first.</source>
        <translation>Show the Vipps number. When the customer&apos;s phone shows the payment as done, tap the button. To split, change the amount first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="235"/>
        <source>Vipps payment received</source>
        <translation>Vipps payment received</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="246"/>
        <source>Type the amount that was paid on the terminal.</source>
        <translation>Type the amount that was paid on the terminal.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="274"/>
        <source>Sale completed. Receipt number %1.</source>
        <translation>Sale completed. Receipt number %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="304"/>
        <source>Exact cash: %1</source>
        <translation>Exact cash: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="318"/>
        <source> (given %1, change %2)</source>
        <translation> (given %1, change %2)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="333"/>
        <source>Payments are already taken. Undo them first if you want to go back to the sale.</source>
        <translation>Payments are already taken. Undo them first if you want to go back to the sale.</translation>
    </message>
</context>
<context>
    <name>PersonPin</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="75"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="79"/>
        <source>Back to the list of names (Esc)</source>
        <translation>Back to the list of names (Esc)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="107"/>
        <source>Hi, %1! Type your PIN.</source>
        <translation>Hi, %1! Type your PIN.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/pin_pad.py" line="42"/>
        <source>PIN</source>
        <translation>PIN</translation>
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
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PricingScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="120"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="120"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="120"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="128"/>
        <source>Register donation</source>
        <translation>Register donation</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="132"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="156"/>
        <source>Short description (optional), for example “Blue wool sweater”</source>
        <translation>Short description (optional), for example “Blue wool sweater”</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="161"/>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="166"/>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="185"/>
        <source>One label each</source>
        <translation>One label each</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="186"/>
        <source>One price tag</source>
        <translation>One price tag</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="203"/>
        <source>A4, %1 labels of %2 × %3 mm</source>
        <translation>A4, %1 labels of %2 × %3 mm</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="211"/>
        <source>start at label </source>
        <translation>start at label </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="217"/>
        <source>Print labels</source>
        <translation>Print labels</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="270"/>
        <source>Choose a category on the left.</source>
        <translation>Choose a category on the left.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="311"/>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="318"/>
        <source>Log in first, then register the donation.</source>
        <translation>Log in first, then register the donation.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="325"/>
        <source>The donation is registered (%1 kg). Now price the items.</source>
        <translation>The donation is registered (%1 kg). Now price the items.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="334"/>
        <source>Choose a category on the left first.</source>
        <translation>Choose a category on the left first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="338"/>
        <source>Tap a price or type one first.</source>
        <translation>Tap a price or type one first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="360"/>
        <source>The labels are being printed on the label printer.</source>
        <translation>The labels are being printed on the label printer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="395"/>
        <source>The items are saved, but the labels could not be written to %1. Ask the shop leader.</source>
        <translation>The items are saved, but the labels could not be written to %1. Ask the shop leader.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="404"/>
        <source>The labels are saved in %1. Open it and print at 100 %.</source>
        <translation>The labels are saved in %1. Open it and print at 100 %.</translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="88"/>
        <source>No printer yet</source>
        <translation>No printer yet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="89"/>
        <source>File (for testing)</source>
        <translation>File (for testing)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="90"/>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="91"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="92"/>
        <source>Serial port</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="93"/>
        <source>Printer set up in the computer (CUPS)</source>
        <translation>Printer set up in the computer (CUPS)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="108"/>
        <source>You can set up the receipt printer later, in the settings.</source>
        <translation>You can set up the receipt printer later, in the settings.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="113"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="120"/>
        <source>Receipts are written to this file instead of on paper, to try the till out.</source>
        <translation>Receipts are written to this file instead of on paper, to try the till out.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="121"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="133"/>
        <source>The printer’s address on the shop’s network. The port is nearly always 9100.</source>
        <translation>The printer’s address on the shop’s network. The port is nearly always 9100.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="134"/>
        <source>Address</source>
        <translation>Address</translation>
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
        <translation>The two numbers the computer shows for the printer, for example 04b8 and 0202.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="146"/>
        <source>Vendor ID</source>
        <translation>Vendor ID</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="146"/>
        <source>Product ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="155"/>
        <source>The serial port the printer is plugged into.</source>
        <translation>The serial port the printer is plugged into.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="166"/>
        <source>A printer the computer already knows. Choose it, or type its name.</source>
        <translation>A printer the computer already knows. Choose it, or type its name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="167"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="227"/>
        <source>Type the name of the file for the receipts.</source>
        <translation>Type the name of the file for the receipts.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="229"/>
        <source>Type the printer’s address, for example 192.168.1.50.</source>
        <translation>Type the printer’s address, for example 192.168.1.50.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="231"/>
        <source>Type both numbers with 1 to 4 digits or letters a–f, for example 04b8 and 0202.</source>
        <translation>Type both numbers with 1 to 4 digits or letters a–f, for example 04b8 and 0202.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="233"/>
        <source>Type the serial port, for example /dev/ttyUSB0 or COM1.</source>
        <translation>Type the serial port, for example /dev/ttyUSB0 or COM1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="235"/>
        <source>Choose the printer, or type its name.</source>
        <translation>Choose the printer, or type its name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="281"/>
        <source>File for the receipts</source>
        <translation>File for the receipts</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="242"/>
        <source>The receipt printer</source>
        <translation>The receipt printer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="243"/>
        <source>How is the receipt printer connected? You can change this later.</source>
        <translation>How is the receipt printer connected? You can change this later.</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="37"/>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="43"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="45"/>
        <source>80 mm (42 characters)</source>
        <translation>80 mm (42 characters)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="46"/>
        <source>58 mm (32 characters)</source>
        <translation>58 mm (32 characters)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="56"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="58"/>
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="60"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="70"/>
        <source>The test page was sent to the printer.</source>
        <translation>The test page was sent to the printer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="97"/>
        <source>These settings do not work. Check the address and the numbers, then try again.</source>
        <translation>These settings do not work. Check the address and the numbers, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="107"/>
        <source>Choose a connection first.</source>
        <translation>Choose a connection first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="109"/>
        <source>Printing a test page …</source>
        <translation>Printing a test page …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="121"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="310"/>
        <source>Set up BruktPOS</source>
        <translation>Set up BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="313"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="314"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="315"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="316"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="362"/>
        <source>This database already has a shop. Close this window and start BruktPOS again.</source>
        <translation>This database already has a shop. Close this window and start BruktPOS again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="364"/>
        <source>Some of the facts were not accepted. Tap Back and check each page.</source>
        <translation>Some of the facts were not accepted. Tap Back and check each page.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="371"/>
        <source>The shop could not be saved. Check that the disk is not full, then tap Finish again.</source>
        <translation>The shop could not be saved. Check that the disk is not full, then tap Finish again.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="112"/>
        <source>The shop</source>
        <translation>The shop</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="113"/>
        <source>This is printed on every receipt.</source>
        <translation>This is printed on every receipt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="119"/>
        <source>The same as the name</source>
        <translation>The same as the name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="130"/>
        <source>The shop is registered for VAT (MVA)</source>
        <translation>The shop is registered for VAT (MVA)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="132"/>
        <source>Tick this only if the organisation is in the VAT Register; receipts then show VAT.</source>
        <translation>Tick this only if the organisation is in the VAT Register; receipts then show VAT.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="136"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="137"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="138"/>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="140"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="141"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="142"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="158"/>
        <source>An organisation number has only digits.</source>
        <translation>An organisation number has only digits.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="160"/>
        <source>An organisation number has 9 digits.</source>
        <translation>An organisation number has 9 digits.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="162"/>
        <source>This is not a valid organisation number. Check each digit and try again.</source>
        <translation>This is not a valid organisation number. Check each digit and try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="167"/>
        <source>Type the shop’s name to go on.</source>
        <translation>Type the shop’s name to go on.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="171"/>
        <source>Type the organisation number, all 9 digits, to go on.</source>
        <translation>Type the organisation number, all 9 digits, to go on.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="173"/>
        <source>A postcode has 4 digits.</source>
        <translation>A postcode has 4 digits.</translation>
    </message>
</context>
<context>
    <name>TillController</name>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="63"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="94"/>
        <source>Lowering a quantity after payment has started</source>
        <translation>Lowering a quantity after payment has started</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="108"/>
        <source>Changing a price</source>
        <translation>Changing a price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="116"/>
        <source>Removing a line after payment has started</source>
        <translation>Removing a line after payment has started</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="151"/>
        <source>The sale is parked. Resume it under Parked sales.</source>
        <translation>The sale is parked. Resume it under Parked sales.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="166"/>
        <source>Finish or park the sale on the screen first, then resume the parked one.</source>
        <translation>Finish or park the sale on the screen first, then resume the parked one.</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="83"/>
        <source>Scan, or type an item code and press Enter</source>
        <translation>Scan, or type an item code and press Enter</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="87"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="108"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="132"/>
        <source>One fewer (F5)</source>
        <translation>One fewer (F5)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="135"/>
        <source>One more (F6)</source>
        <translation>One more (F6)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="137"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="139"/>
        <source>New price</source>
        <translation>New price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="141"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="154"/>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="164"/>
        <source>Park sale</source>
        <translation>Park sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="168"/>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="171"/>
        <source>Pay (F12)</source>
        <translation>Pay (F12)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="195"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="205"/>
        <source>Café</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="257"/>
        <source>Parked sales (%1)</source>
        <translation>Parked sales (%1)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="278"/>
        <source>The sale is saved, but the receipt did not print. %1</source>
        <translation>The sale is saved, but the receipt did not print. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="310"/>
        <source>Type the price, or tap one of the usual ones.</source>
        <translation>Type the price, or tap one of the usual ones.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="312"/>
        <source>Add to sale</source>
        <translation>Add to sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="340"/>
        <location filename="../src/bruktpos/ui/till/screen.py" line="342"/>
        <source>Change price</source>
        <translation>Change price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="341"/>
        <source>New price for %1. A shop leader must approve it.</source>
        <translation>New price for %1. A shop leader must approve it.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="96"/>
        <source>Welcome to BruktPOS</source>
        <translation>Welcome to BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="99"/>
        <source>This till has no shop yet. In four short steps you set up the shop.</source>
        <translation>This till has no shop yet. In four short steps you set up the shop.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="104"/>
        <source>Nothing is saved until you tap Finish, so you can go back at any time.</source>
        <translation>Nothing is saved until you tap Finish, so you can go back at any time.</translation>
    </message>
</context>
</TS>
