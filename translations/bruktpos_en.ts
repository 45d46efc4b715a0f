<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="59"/>
        <source>About BruktPOS</source>
        <translation>About BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="64"/>
        <source>If something goes wrong, the person who helps the shop with computers needs what is written here. “Copy troubleshooting info” copies it together with the last lines of the log, ready to paste into an e-mail.</source>
        <translation>If something goes wrong, the person who helps the shop with computers needs what is written here. “Copy troubleshooting info” copies it together with the last lines of the log, ready to paste into an e-mail.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="76"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="77"/>
        <source>Shop and till</source>
        <translation>Shop and till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="78"/>
        <source>Shop database</source>
        <translation>Shop database</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="79"/>
        <source>Log folder</source>
        <translation>Log folder</translation>
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
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="99"/>
        <source>Copy troubleshooting info</source>
        <translation>Copy troubleshooting info</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/about.py" line="121"/>
        <source>Copied. Paste it into an e-mail to the person who helps you with the till.</source>
        <translation>Copied. Paste it into an e-mail to the person who helps you with the till.</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="84"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="89"/>
        <source>Name, as it will show on the login screen:</source>
        <translation>Name, as it will show on the login screen:</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="94"/>
        <source>For example Kari or Kari H.</source>
        <translation>For example Kari or Kari H.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="98"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="104"/>
        <source>Next: the PIN</source>
        <translation>Next: the PIN</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="104"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="421"/>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="423"/>
        <source>The administrator adds the shop’s people and may do everything at the till.</source>
        <translation>The administrator adds the shop’s people and may do everything at the till.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="435"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="436"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="437"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="440"/>
        <source>Choose a PIN only you know, and keep it to yourself.</source>
        <translation>Choose a PIN only you know, and keep it to yourself.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="449"/>
        <source>Type the administrator’s name to go on.</source>
        <translation>Type the administrator’s name to go on.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="451"/>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <translation>Choose a PIN of 4 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="453"/>
        <source>Type the PIN once more, to be sure it is right.</source>
        <translation>Type the PIN once more, to be sure it is right.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="455"/>
        <source>The two PINs are not the same. Type the PIN again in the last field.</source>
        <translation>The two PINs are not the same. Type the PIN again in the last field.</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="255"/>
        <source>Changing the label printer settings</source>
        <translation>Changing the label printer settings</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="262"/>
        <source>Changing the scale settings</source>
        <translation>Changing the scale settings</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="284"/>
        <source>Changing the customer display</source>
        <translation>Changing the customer display</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="315"/>
        <source>Changing the chapter hub settings</source>
        <translation>Changing the chapter hub settings</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="323"/>
        <source>Looking at the reports</source>
        <translation>Looking at the reports</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="370"/>
        <source>Changing the categories</source>
        <translation>Changing the categories</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="375"/>
        <source>Changing the products</source>
        <translation>Changing the products</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="390"/>
        <source>Changing who may use the till</source>
        <translation>Changing who may use the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="416"/>
        <source>Changing the shop’s details</source>
        <translation>Changing the shop’s details</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="424"/>
        <source>Adding a register</source>
        <translation>Adding a register</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="431"/>
        <source>Changing the printer settings</source>
        <translation>Changing the printer settings</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="441"/>
        <source>Changing the discount limit</source>
        <translation>Changing the discount limit</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/back_office.py" line="458"/>
        <source>Looking at the troubleshooting info</source>
        <translation>Looking at the troubleshooting info</translation>
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
    <name>CashMovementDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="67"/>
        <location filename="../src/bruktpos/ui/day/movement.py" line="75"/>
        <source>Money in or out of the drawer</source>
        <translation>Money in or out of the drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="91"/>
        <source>Pay-in</source>
        <translation>Pay-in</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="92"/>
        <source>Pay-out</source>
        <translation>Pay-out</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="93"/>
        <source>Bank deposit</source>
        <translation>Bank deposit</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="113"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="126"/>
        <source>Or write the reason here</source>
        <translation>Or write the reason here</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="134"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="141"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="151"/>
        <source>Change for the drawer</source>
        <translation>Change for the drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="151"/>
        <source>Money back from a purchase</source>
        <translation>Money back from a purchase</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="153"/>
        <source>To the bank</source>
        <translation>To the bank</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="153"/>
        <source>To the safe</source>
        <translation>To the safe</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="155"/>
        <source>Milk for the café</source>
        <translation>Milk for the café</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="156"/>
        <source>Coffee and filters</source>
        <translation>Coffee and filters</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="157"/>
        <source>Cleaning supplies</source>
        <translation>Cleaning supplies</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="158"/>
        <source>Postage</source>
        <translation>Postage</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="166"/>
        <source>Money put into the drawer, for example change from the bank.</source>
        <translation>Money put into the drawer, for example change from the bank.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="167"/>
        <source>Money taken out to pay for something. Keep the receipt.</source>
        <translation>Money taken out to pay for something. Keep the receipt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="168"/>
        <source>Cash taken out of the drawer to go to the bank or the safe.</source>
        <translation>Cash taken out of the drawer to go to the bank or the safe.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="199"/>
        <source>Type the amount on the keys first, then tap Record.</source>
        <translation>Type the amount on the keys first, then tap Record.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="201"/>
        <location filename="../src/bruktpos/ui/day/movement.py" line="214"/>
        <source>Tap a reason or write one, then tap Record.</source>
        <translation>Tap a reason or write one, then tap Record.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="231"/>
        <source>Nothing was recorded: a shop leader must approve this.</source>
        <translation>Nothing was recorded: a shop leader must approve this.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="244"/>
        <source>Putting money into the drawer</source>
        <translation>Putting money into the drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="245"/>
        <source>Taking money out of the drawer</source>
        <translation>Taking money out of the drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/movement.py" line="246"/>
        <source>Taking money to the bank</source>
        <translation>Taking money to the bank</translation>
    </message>
</context>
<context>
    <name>CatalogueList</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="280"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="281"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="282"/>
        <source>Earlier on the till</source>
        <translation>Earlier on the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="283"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="284"/>
        <source>Later on the till</source>
        <translation>Later on the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="286"/>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="411"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="289"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="411"/>
        <source>Bring back</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/catalogue_widgets.py" line="437"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CategoriesScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="70"/>
        <source>Café</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="71"/>
        <source>Shop goods</source>
        <translation>Shop goods</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="271"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="273"/>
        <source>The till&apos;s category buttons, in their order. Tap a category, then what to do. Nothing is deleted: a category that stops is retired, and its old sales keep its name.</source>
        <translation>The till&apos;s category buttons, in their order. Tap a category, then what to do. Nothing is deleted: a category that stops is retired, and its old sales keep its name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="277"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="278"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="279"/>
        <source>Default price</source>
        <translation>Default price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="280"/>
        <source>Quick prices</source>
        <translation>Quick prices</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="281"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="282"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="290"/>
        <source>Products …</source>
        <translation>Products …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="293"/>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="318"/>
        <source>Add a category</source>
        <translation>Add a category</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="305"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="305"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="320"/>
        <source>%1 is added. It is on the till now.</source>
        <translation>%1 is added. It is on the till now.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="328"/>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="333"/>
        <source>%1 is saved.</source>
        <translation>%1 is saved.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="353"/>
        <source>Retire %1? It will no longer be on the till or in the back room. Items already labelled can still be sold, reports keep its name, and you can bring it back later.</source>
        <translation>Retire %1? It will no longer be on the till or in the back room. Items already labelled can still be sold, reports keep its name, and you can bring it back later.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="358"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="362"/>
        <source>%1 is retired.</source>
        <translation>%1 is retired.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="365"/>
        <source>%1 is back on the till, last.</source>
        <translation>%1 is back on the till, last.</translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="125"/>
        <source>Category mix: net sales over all shops (kr)</source>
        <translation>Category mix: net sales over all shops (kr)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="131"/>
        <source>Other categories</source>
        <translation>Other categories</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="133"/>
        <source>Net sales</source>
        <translation>Net sales</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="141"/>
        <source>No sales</source>
        <translation>No sales</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="119"/>
        <source>For example Klær dame</source>
        <translation>For example Klær dame</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="121"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="133"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="137"/>
        <source>kroner, for example 49,50 (empty: none)</source>
        <translation>kroner, for example 49,50 (empty: none)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="140"/>
        <source>Default price</source>
        <translation>Default price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="144"/>
        <source>for example 20, 50, 100</source>
        <translation>for example 20, 50, 100</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="147"/>
        <source>Quick prices</source>
        <translation>Quick prices</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="159"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="162"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="166"/>
        <source>none; for example 28:30,56:50;pull:84</source>
        <translation>none; for example 28:30,56:50;pull:84</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="171"/>
        <source>Written as days:percent, and when to take the item down: 28:30,56:50;pull:84 is 30 % off after 4 weeks, 50 % after 8, down after 12.</source>
        <translation>Written as days:percent, and when to take the item down: 28:30,56:50;pull:84 is 30 % off after 4 weeks, 50 % after 8, down after 12.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="175"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="178"/>
        <source>One price tag for many alike things</source>
        <translation>One price tag for many alike things</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="179"/>
        <source>One price tag for many identical things, not a label each</source>
        <translation>One price tag for many identical things, not a label each</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="183"/>
        <source>for example 30</source>
        <translation>for example 30</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="190"/>
        <source>When one row of a donation weighs more than this, the donation screen asks “Is that right?” before saving: 960 g typed as 960 kg would skew the month’s kilos. Empty: never asked.</source>
        <translation>When one row of a donation weighs more than this, the donation screen asks “Is that right?” before saving: 960 g typed as 960 kg would skew the month’s kilos. Empty: never asked.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="202"/>
        <source>Price tags</source>
        <translation>Price tags</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="199"/>
        <source>Most kg in one entry</source>
        <translation>Most kg in one entry</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="210"/>
        <source>Prices are in kroner, for example 49,50. Quick prices are the till&apos;s ready-made price buttons, separated by a comma and a space: 20, 50, 100.</source>
        <translation>Prices are in kroner, for example 49,50. Quick prices are the till&apos;s ready-made price buttons, separated by a comma and a space: 20, 50, 100.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="214"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/categories.py" line="214"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChapterTemplate</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="23"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="24"/>
        <source>kind (goods or café)</source>
        <translation>kind (goods or café)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="25"/>
        <source>default price</source>
        <translation>default price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="26"/>
        <source>quick prices</source>
        <translation>quick prices</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="27"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="28"/>
        <source>colour</source>
        <translation>colour</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="29"/>
        <source>markdown</source>
        <translation>markdown</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="30"/>
        <source>price tags</source>
        <translation>price tags</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="31"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="32"/>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="33"/>
        <source>barcode</source>
        <translation>barcode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="34"/>
        <source>stock count</source>
        <translation>stock count</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="42"/>
        <source>New category: %1</source>
        <translation>New category: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="43"/>
        <source>The category %1 is changed: %2</source>
        <translation>The category %1 is changed: %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="44"/>
        <source>The category %1 is taken out of use</source>
        <translation>The category %1 is taken out of use</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="45"/>
        <source>The category %1 is taken into use again</source>
        <translation>The category %1 is taken into use again</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="46"/>
        <source>New product: %1</source>
        <translation>New product: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="47"/>
        <source>The product %1 is changed: %2</source>
        <translation>The product %1 is changed: %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="48"/>
        <source>The product %1 is taken out of use</source>
        <translation>The product %1 is taken out of use</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="49"/>
        <source>The product %1 is taken into use again</source>
        <translation>The product %1 is taken into use again</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="50"/>
        <source>The till&apos;s category buttons are put in the chapter&apos;s order</source>
        <translation>The till&apos;s category buttons are put in the chapter&apos;s order</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="68"/>
        <source>The chapter&apos;s set-up</source>
        <translation>The chapter&apos;s set-up</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="76"/>
        <source>The chapter&apos;s set-up, version %1, published by %2 on %3. Importing it makes these changes in this shop. Nothing is deleted, and old sales keep their names.</source>
        <translation>The chapter&apos;s set-up, version %1, published by %2 on %3. Importing it makes these changes in this shop. Nothing is deleted, and old sales keep their names.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="94"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/chapter_template.py" line="99"/>
        <source>Add and change</source>
        <translation>Add and change</translation>
    </message>
</context>
<context>
    <name>CloseDayScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="135"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="137"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="139"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="143"/>
        <source>Take Z report</source>
        <translation>Take Z report</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="147"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="215"/>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="236"/>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="595"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="237"/>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="596"/>
        <source>Expected by the till</source>
        <translation>Expected by the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="238"/>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="597"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="264"/>
        <source>Wrong change given</source>
        <translation>Wrong change given</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="265"/>
        <source>Money out without a receipt</source>
        <translation>Money out without a receipt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="266"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="276"/>
        <source>A short note on what may have happened</source>
        <translation>A short note on what may have happened</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="280"/>
        <source>Shop leader approves</source>
        <translation>Shop leader approves</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="292"/>
        <source>Second person confirms the count</source>
        <translation>Second person confirms the count</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="382"/>
        <source>Close the day: count the drawer</source>
        <translation>Close the day: count the drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="383"/>
        <source>Counted and expected</source>
        <translation>Counted and expected</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="384"/>
        <source>Card terminal and Vipps</source>
        <translation>Card terminal and Vipps</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="385"/>
        <source>Take the Z report</source>
        <translation>Take the Z report</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="386"/>
        <source>The day is closed</source>
        <translation>The day is closed</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="390"/>
        <source>Count every coin and note in the drawer: tap + for each, or type the number. The till shows what it expects after you have counted.</source>
        <translation>Count every coin and note in the drawer: tap + for each, or type the number. The till shows what it expects after you have counted.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="393"/>
        <source>Here is what the till expected. Check the difference before you go on.</source>
        <translation>Here is what the till expected. Check the difference before you go on.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="395"/>
        <source>Print the batch total on the card terminal and look up the day&apos;s Vipps settlement, then type both here. Tap a line to type its amount.</source>
        <translation>Print the batch total on the card terminal and look up the day&apos;s Vipps settlement, then type both here. Tap a line to type its amount.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="398"/>
        <source>Check the figures. Back still changes anything; the Z report ends the day.</source>
        <translation>Check the figures. Back still changes anything; the Z report ends the day.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="404"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="461"/>
        <source>Write a short note on why the count changed first.</source>
        <translation>Write a short note on why the count changed first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="467"/>
        <source>Counting the drawer again</source>
        <translation>Counting the drawer again</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="471"/>
        <source>The new count was not stored: counting again needs someone to approve it.</source>
        <translation>The new count was not stored: counting again needs someone to approve it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="512"/>
        <source>That is more than the %1 the shop allows. Count once more; if it stays, write a short note and ask a shop leader to approve.</source>
        <translation>That is more than the %1 the shop allows. Count once more; if it stays, write a short note and ask a shop leader to approve.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="521"/>
        <source>✓ Approved by %1</source>
        <translation>✓ Approved by %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="525"/>
        <source>✓ Confirmed by %1</source>
        <translation>✓ Confirmed by %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="530"/>
        <source>The drawer is right.</source>
        <translation>The drawer is right.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="532"/>
        <source>The drawer is %1 short.</source>
        <translation>The drawer is %1 short.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="533"/>
        <source>There is %1 too much in the drawer.</source>
        <translation>There is %1 too much in the drawer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="539"/>
        <source>Write a short note on the difference first.</source>
        <translation>Write a short note on the difference first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="543"/>
        <source>A shop leader must approve the difference first.</source>
        <translation>A shop leader must approve the difference first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="547"/>
        <source>A second person must confirm the count first.</source>
        <translation>A second person must confirm the count first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="552"/>
        <source>A difference in the drawer</source>
        <translation>A difference in the drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="593"/>
        <source>First count</source>
        <translation>First count</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="600"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="602"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="604"/>
        <source>Count confirmed by</source>
        <translation>Count confirmed by</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="606"/>
        <source>Card terminal</source>
        <translation>Card terminal</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="607"/>
        <source>Vipps settlement</source>
        <translation>Vipps settlement</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="630"/>
        <source>Nothing was closed. Take the Z report when you are ready.</source>
        <translation>Nothing was closed. Take the Z report when you are ready.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/close_wizard.py" line="644"/>
        <source>Taking the Z report …</source>
        <translation>Taking the Z report …</translation>
    </message>
</context>
<context>
    <name>CoordinatorTables</name>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="44"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="45"/>
        <source>Net sales</source>
        <translation>Net sales</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="46"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="47"/>
        <source>Change %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="48"/>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="49"/>
        <source>Kg in</source>
        <translation>Kg in</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="50"/>
        <source>Cash difference</source>
        <translation>Cash difference</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="51"/>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="105"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="207"/>
        <source>The change counts only the %1 of %2 shops that sent figures for this period and for the same days last year.</source>
        <translation>The change counts only the %1 of %2 shops that sent figures for this period and for the same days last year.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="234"/>
        <source>Not heard from in two days</source>
        <translation>Not heard from in two days</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="235"/>
        <source>A cash difference above the limit on at least one day</source>
        <translation>A cash difference above the limit on at least one day</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="252"/>
        <source>Like for like (%1 of %2)</source>
        <translation>Like for like (%1 of %2)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="261"/>
        <source>Chapter total</source>
        <translation>Chapter total</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="332"/>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="335"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="390"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="432"/>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/models.py" line="463"/>
        <source>%n item(s) sold</source>
        <translation>Items sold: %n</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="101"/>
        <source>BruktPOS — chapter overview</source>
        <translation>BruktPOS — chapter overview</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="131"/>
        <source>Shops</source>
        <translation>Shops</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="134"/>
        <source>Day by day</source>
        <translation>Day by day</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="136"/>
        <source>Sales over time</source>
        <translation>Sales over time</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="138"/>
        <source>Category mix</source>
        <translation>Category mix</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="140"/>
        <source>Kilos</source>
        <translation>Kilos</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="143"/>
        <source>Median days from intake to sale, per shop and category</source>
        <translation>Median days from intake to sale, per shop and category</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="144"/>
        <source>Sell-through</source>
        <translation>Sell-through</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="168"/>
        <source>Monthly report (PDF)</source>
        <translation>Monthly report (PDF)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="172"/>
        <source>Monthly report (CSV)</source>
        <translation>Monthly report (CSV)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="173"/>
        <source>The monthly report as a file for a spreadsheet</source>
        <translation>The monthly report as a file for a spreadsheet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="188"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="189"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="190"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="204"/>
        <source>The period before</source>
        <translation>The period before</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="212"/>
        <source>The period after</source>
        <translation>The period after</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="234"/>
        <source>All shops heard from, no big cash differences.</source>
        <translation>All shops heard from, no big cash differences.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="238"/>
        <source>Flag cash
differences over</source>
        <translation>Flag cash
differences over</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="278"/>
        <source>Week %1, %2</source>
        <translation>Week %1, %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="320"/>
        <source>Reading the chapter&apos;s figures …</source>
        <translation>Reading the chapter&apos;s figures …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="339"/>
        <source>No shop has sent anything to this hub yet.</source>
        <translation>No shop has sent anything to this hub yet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="365"/>
        <source>The hub could not be read. Check the network and the hub address, then press ◀ or ▶ to try again.</source>
        <translation>The hub could not be read. Check the network and the hub address, then press ◀ or ▶ to try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="385"/>
        <source>Not heard from in two days (%1): %2</source>
        <translation>Not heard from in two days (%1): %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="399"/>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="401"/>
        <source>Cash differences above %1: %2</source>
        <translation>Cash differences above %1: %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="467"/>
        <source>Writing the monthly report …</source>
        <translation>Writing the monthly report …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="472"/>
        <source>The monthly report was saved as %1.</source>
        <translation>The monthly report was saved as %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="480"/>
        <source>The report could not be written. Check that the folder exists and that the hub can be reached, then try again.</source>
        <translation>The report could not be written. Check that the folder exists and that the hub can be reached, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="487"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="487"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/window.py" line="488"/>
        <source>Save the monthly report</source>
        <translation>Save the monthly report</translation>
    </message>
</context>
<context>
    <name>CountWidget</name>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="148"/>
        <source>Coins</source>
        <translation>Coins</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="152"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="157"/>
        <source>Counted in total</source>
        <translation>Counted in total</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="184"/>
        <source>One %1 fewer</source>
        <translation>One %1 fewer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="194"/>
        <source>Number of %1</source>
        <translation>Number of %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="203"/>
        <source>One %1 more</source>
        <translation>One %1 more</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="70"/>
        <source>Screen without a name</source>
        <translation>Screen without a name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="101"/>
        <source>Customer display</source>
        <translation>Customer display</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="111"/>
        <source>TRAINING MODE — this is not a real sale</source>
        <translation>TRAINING MODE — this is not a real sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="139"/>
        <source>Welcome to</source>
        <translation>Welcome to</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="173"/>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="194"/>
        <source>Thank you for shopping with us!</source>
        <translation>Thank you for shopping with us!</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="267"/>
        <source>Cash rounding</source>
        <translation>Cash rounding</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="274"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="277"/>
        <source>Left to pay</source>
        <translation>Left to pay</translation>
    </message>
</context>
<context>
    <name>CustomerDisplayLink</name>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="391"/>
        <source>The customer display is set to show on %1, and that screen is not connected, so the display is off. Connect the screen and it comes back, or choose another under Menu → Set-up → Customer display.</source>
        <translation>The customer display is set to show on %1, and that screen is not connected, so the display is off. Connect the screen and it comes back, or choose another under Menu → Set-up → Customer display.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/customer_display.py" line="403"/>
        <source>The customer display is set to show on %1, but the till itself is on that screen, so the display is off (it would cover the till). Move the till to the other screen, or choose another under Menu → Set-up → Customer display.</source>
        <translation>The customer display is set to show on %1, but the till itself is on that screen, so the display is off (it would cover the till). Move the till to the other screen, or choose another under Menu → Set-up → Customer display.</translation>
    </message>
</context>
<context>
    <name>CustomerDisplaySettingsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="52"/>
        <source>Customer display</source>
        <translation>Customer display</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="57"/>
        <source>A second screen turned to the customer shows the sale’s lines, the total, what was paid and the change in large type, and a welcome between sales. It never takes the till’s keyboard or scanner. Connect the screen, then choose it here.</source>
        <translation>A second screen turned to the customer shows the sale’s lines, the total, what was paid and the change in large type, and a welcome between sales. It never takes the till’s keyboard or scanner. Connect the screen, then choose it here.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="78"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="80"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="105"/>
        <source>Off: no customer display</source>
        <translation>Off: no customer display</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="110"/>
        <source>%1 (the till is on this screen)</source>
        <translation>%1 (the till is on this screen)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="117"/>
        <source>%1 (not connected now)</source>
        <translation>%1 (not connected now)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="118"/>
        <source>The screen chosen before is not connected now.</source>
        <translation>The screen chosen before is not connected now.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="154"/>
        <source>Saved. The customer display shows on %1 once that screen is connected.</source>
        <translation>Saved. The customer display shows on %1 once that screen is connected.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="157"/>
        <source>Saved. The customer display shows on %1.</source>
        <translation>Saved. The customer display shows on %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/customer_display_settings.py" line="159"/>
        <source>Saved. There is no customer display.</source>
        <translation>Saved. There is no customer display.</translation>
    </message>
</context>
<context>
    <name>DatesDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="29"/>
        <source>Choose dates</source>
        <translation>Choose dates</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="33"/>
        <source>Which days should the report show?</source>
        <translation>Which days should the report show?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="40"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="40"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="52"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="54"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="67"/>
        <source>The last day is before the first. Choose the dates again.</source>
        <translation>The last day is before the first. Choose the dates again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/dates_dialog.py" line="70"/>
        <source>Choose at most three years at a time.</source>
        <translation>Choose at most three years at a time.</translation>
    </message>
</context>
<context>
    <name>DayGate</name>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="221"/>
        <source>Open the day</source>
        <translation>Open the day</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="226"/>
        <source>Count and close that day</source>
        <translation>Count and close that day</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="237"/>
        <source>The day is not open</source>
        <translation>The day is not open</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="238"/>
        <source>Count the float in the drawer and open the day before the first sale.</source>
        <translation>Count the float in the drawer and open the day before the first sale.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="244"/>
        <source>Today is closed</source>
        <translation>Today is closed</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="247"/>
        <source>The Z report for today is taken, so no more sales can be added to it. The till opens again tomorrow. To practise, switch on training mode in the menu.</source>
        <translation>The Z report for today is taken, so no more sales can be added to it. The till opens again tomorrow. To practise, switch on training mode in the menu.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="256"/>
        <source>The day of %1 was not closed</source>
        <translation>The day of %1 was not closed</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="259"/>
        <source>Before today can start, count the drawer and take the Z report for that day. The money in the drawer belongs to it.</source>
        <translation>Before today can start, count the drawer and take the Z report for that day. The money in the drawer belongs to it.</translation>
    </message>
</context>
<context>
    <name>DayScreens</name>
    <message>
        <location filename="../src/bruktpos/ui/day/screens.py" line="193"/>
        <source>The day of %1 is already open. You can sell.</source>
        <translation>The day of %1 is already open. You can sell.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/screens.py" line="212"/>
        <source>The day is open with a float of %1. Good selling!</source>
        <translation>The day is open with a float of %1. Good selling!</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/screens.py" line="235"/>
        <source>Pay-in of %1 recorded.</source>
        <translation>Pay-in of %1 recorded.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/screens.py" line="236"/>
        <source>Bank deposit of %1 recorded.</source>
        <translation>Bank deposit of %1 recorded.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/screens.py" line="237"/>
        <source>Pay-out of %1 recorded.</source>
        <translation>Pay-out of %1 recorded.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/screens.py" line="246"/>
        <source>An X report</source>
        <translation>An X report</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="70"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="76"/>
        <source>Discount on %1</source>
        <translation>Discount on %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="89"/>
        <source>Or type the discount in kroner:</source>
        <translation>Or type the discount in kroner:</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="92"/>
        <source>Give discount</source>
        <translation>Give discount</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="96"/>
        <source>No discount</source>
        <translation>No discount</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="98"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DiscountRulesDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="49"/>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="52"/>
        <source>Discounts and approvals</source>
        <translation>Discounts and approvals</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="63"/>
        <source>Discount limit (%)</source>
        <translation>Discount limit (%)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="65"/>
        <source>Discount limit (kr)</source>
        <translation>Discount limit (kr)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="67"/>
        <source>A cashier may take this much off a line alone; more, or kr 0, needs a shop leader.</source>
        <translation>A cashier may take this much off a line alone; more, or kr 0, needs a shop leader.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="70"/>
        <source>Nobody approves their own discount or difference</source>
        <translation>Nobody approves their own discount or difference</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="76"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/discount_rules.py" line="79"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>DonationCorrectionDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="57"/>
        <source>Correct a donation</source>
        <translation>Correct a donation</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="68"/>
        <source>Choose the donation, put its weights right and say why. What was registered first stays in the records; the correction is added to it.</source>
        <translation>Choose the donation, put its weights right and say why. What was registered first stays in the records; the correction is added to it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="82"/>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="87"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="91"/>
        <source>for example: 960 g, not 960 kg</source>
        <translation>for example: 960 g, not 960 kg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="97"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="100"/>
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="115"/>
        <source>%1 · %2 kg · %3</source>
        <translation>%1 · %2 kg · %3</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="121"/>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="129"/>
        <source>No donation has been registered yet.</source>
        <translation>No donation has been registered yet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="183"/>
        <source>Row %1: “%2” is not a weight. Type kilos, for example 2,5.</source>
        <translation>Row %1: “%2” is not a weight. Type kilos, for example 2,5.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="193"/>
        <source>Nothing is different from what is registered. Change a weight first.</source>
        <translation>Nothing is different from what is registered. Change a weight first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation_correction.py" line="196"/>
        <source>Say why it is corrected, so the records explain it.</source>
        <translation>Say why it is corrected, so the records explain it.</translation>
    </message>
</context>
<context>
    <name>DonationDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="129"/>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="184"/>
        <source>Register donation</source>
        <translation>Register donation</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="143"/>
        <source>What came in? One row per category: weight in kg and how many things.</source>
        <translation>What came in? One row per category: weight in kg and how many things.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="148"/>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="166"/>
        <source>Donor’s name (optional)</source>
        <translation>Donor’s name (optional)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="167"/>
        <source>Donor’s phone (optional)</source>
        <translation>Donor’s phone (optional)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="171"/>
        <source>Only fill these in when the donor wants a pick-up or a receipt; otherwise nothing is kept.</source>
        <translation>Only fill these in when the donor wants a pick-up or a receipt; otherwise nothing is kept.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="181"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="198"/>
        <source>Zero the scale</source>
        <translation>Zero the scale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="201"/>
        <source>Tare: weigh the empty crate</source>
        <translation>Tare: weigh the empty crate</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="251"/>
        <source>There is no category to choose. Ask the shop leader to add one.</source>
        <translation>There is no category to choose. Ask the shop leader to add one.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="256"/>
        <source>Row %1: “%2” is not a weight. Type kilos from the scale, for example 2,5.</source>
        <translation>Row %1: “%2” is not a weight. Type kilos from the scale, for example 2,5.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="293"/>
        <source>Row %1: %2 kg of %3 is more than the %4 kg that usually comes in one go. Is that right? If it is, tap Register donation again; if not, correct the weight.</source>
        <translation>Row %1: %2 kg of %3 is more than the %4 kg that usually comes in one go. Is that right? If it is, tap Register donation again; if not, correct the weight.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="340"/>
        <source>Zeroing the scale …</source>
        <translation>Zeroing the scale …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="343"/>
        <source>Weighing … keep the scale still.</source>
        <translation>Weighing … keep the scale still.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="353"/>
        <source>Tare %1 kg: it is taken off each weighing.</source>
        <translation>Tare %1 kg: it is taken off each weighing.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="356"/>
        <source>No tare: the scale was empty.</source>
        <translation>No tare: the scale was empty.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="364"/>
        <source>The scale shows %1 kg, less than the tare. Put the crate on, then weigh again.</source>
        <translation>The scale shows %1 kg, less than the tare. Put the crate on, then weigh again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="371"/>
        <source>The scale showed %1 kg; the weight you typed is kept.</source>
        <translation>The scale showed %1 kg; the weight you typed is kept.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="377"/>
        <source>Weighed: %1 kg.</source>
        <translation>Weighed: %1 kg.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="381"/>
        <source>The scale is zeroed.</source>
        <translation>The scale is zeroed.</translation>
    </message>
</context>
<context>
    <name>DonationRow</name>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="79"/>
        <source>kg, for example 2,5</source>
        <translation>kg, for example 2,5</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="80"/>
        <source>Weight in kg</source>
        <translation>Weight in kg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="88"/>
        <source> pcs</source>
        <translation> pcs</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="89"/>
        <source>How many things</source>
        <translation>How many things</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="90"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="92"/>
        <source>Weigh</source>
        <translation>Weigh</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/donation.py" line="95"/>
        <source>Weigh on the scale</source>
        <translation>Weigh on the scale</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="476"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="477"/>
        <source>Check that all is right. Tap Back to change something.</source>
        <translation>Check that all is right. Tap Back to change something.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="496"/>
        <source>Shop: %1 (org. no. %2)</source>
        <translation>Shop: %1 (org. no. %2)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="497"/>
        <source>Administrator: %1</source>
        <translation>Administrator: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="498"/>
        <source>Receipt printer: %1</source>
        <translation>Receipt printer: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="499"/>
        <source>Registered for VAT: receipts show VAT.</source>
        <translation>Registered for VAT: receipts show VAT.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="501"/>
        <source>Not registered for VAT: receipts show no VAT.</source>
        <translation>Not registered for VAT: receipts show no VAT.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="503"/>
        <source>Vouchers valid for %1 days; a cash difference above %2 needs a note.</source>
        <translation>Vouchers valid for %1 days; a cash difference above %2 needs a note.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="509"/>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="511"/>
        <source>Shop code for the chapter hub: %1</source>
        <translation>Shop code for the chapter hub: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="515"/>
        <source>Tap Finish to save. Then log in as %1 with your PIN.</source>
        <translation>Tap Finish to save. Then log in as %1 with your PIN.</translation>
    </message>
</context>
<context>
    <name>DrawerProblem</name>
    <message>
        <location filename="../src/bruktpos/ui/till/drawer_problem.py" line="36"/>
        <source>Open the drawer</source>
        <translation>Open the drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/drawer_problem.py" line="58"/>
        <source>The drawer did not open either. Open it with the key, or press “Open the drawer”.</source>
        <translation>The drawer did not open either. Open it with the key, or press “Open the drawer”.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../src/bruktpos/ui/crash.py" line="51"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/crash.py" line="53"/>
        <source>BruktPOS ran into a problem it did not expect. What you just did may not have finished: check the screen before you go on. If it happens again, tell the shop leader; the details are written in the log (Menu → About BruktPOS).</source>
        <translation>BruktPOS ran into a problem it did not expect. What you just did may not have finished: check the screen before you go on. If it happens again, tell the shop leader; the details are written in the log (Menu → About BruktPOS).</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="21"/>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="35"/>
        <source>Cash difference</source>
        <translation>Cash difference</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="38"/>
        <source>Note at the Z</source>
        <translation>Note at the Z</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="38"/>
        <source>No note was written</source>
        <translation>No note was written</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="39"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="39"/>
        <source>No leader approved it</source>
        <translation>No leader approved it</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="40"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="41"/>
        <source>Net sales that day</source>
        <translation>Net sales that day</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="42"/>
        <source>Receipts that day</source>
        <translation>Receipts that day</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/flags.py" line="54"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="355"/>
        <source>The chapter hub</source>
        <translation>The chapter hub</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="356"/>
        <source>The code this shop sends its closed days to the chapter as.</source>
        <translation>The code this shop sends its closed days to the chapter as.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="360"/>
        <source>Hub address</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="365"/>
        <source>Shop code</source>
        <translation>Shop code</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="370"/>
        <source>The chapter gives each shop its own code, and an address with the code in it: paste the address and the code fills in by itself. Leave both empty if the shop does not report to a chapter hub.</source>
        <translation>The chapter gives each shop its own code, and an address with the code in it: paste the address and the code fills in by itself. Leave both empty if the shop does not report to a chapter hub.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="408"/>
        <source>This is not a hub address. It starts with postgresql+psycopg:// or sqlite:///. Copy it exactly as the chapter sent it.</source>
        <translation>This is not a hub address. It starts with postgresql+psycopg:// or sqlite:///. Copy it exactly as the chapter sent it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="413"/>
        <source>Type the shop code the chapter gave this shop, so it is not mixed up with another.</source>
        <translation>Type the shop code the chapter gave this shop, so it is not mixed up with another.</translation>
    </message>
</context>
<context>
    <name>HubSettingsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="76"/>
        <source>Chapter hub</source>
        <translation>Chapter hub</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="81"/>
        <source>When a day is closed, its totals are sent to the chapter&apos;s hub, so the coordinators see every shop the next morning. Only figures are sent, nothing about people.</source>
        <translation>When a day is closed, its totals are sent to the chapter&apos;s hub, so the coordinators see every shop the next morning. Only figures are sent, nothing about people.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="94"/>
        <source>Hub address</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="98"/>
        <source>Shop code</source>
        <translation>Shop code</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="116"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="120"/>
        <source>Fetch the chapter&apos;s set-up</source>
        <translation>Fetch the chapter&apos;s set-up</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="123"/>
        <source>Test the connection</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="126"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="177"/>
        <source>This shop sends its days as shop %1.</source>
        <translation>This shop sends its days as shop %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="185"/>
        <source>Nothing has been sent yet.</source>
        <translation>Nothing has been sent yet.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="188"/>
        <source>Last sent: %1.</source>
        <translation>Last sent: %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="190"/>
        <source>Days waiting to be sent: %1.</source>
        <translation>Days waiting to be sent: %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="201"/>
        <source>This is not a hub address. It starts with postgresql+psycopg:// or sqlite:///. Copy it exactly as the chapter sent it.</source>
        <translation>This is not a hub address. It starts with postgresql+psycopg:// or sqlite:///. Copy it exactly as the chapter sent it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="206"/>
        <source>A shop code has only letters, digits, - and _. Check it and try again.</source>
        <translation>A shop code has only letters, digits, - and _. Check it and try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="226"/>
        <source>Saved. Closed days will be sent to this hub.</source>
        <translation>Saved. Closed days will be sent to this hub.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="235"/>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="299"/>
        <source>Type the hub&apos;s address first.</source>
        <translation>Type the hub&apos;s address first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="249"/>
        <source>Trying the hub …</source>
        <translation>Trying the hub …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="258"/>
        <source>The address answers, but it is not a hub yet. Ask the person who runs the hub to set it up (bruktpos hub init).</source>
        <translation>The address answers, but it is not a hub yet. Ask the person who runs the hub to set it up (bruktpos hub init).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="266"/>
        <source>Connected. The hub knows this shop as %1.</source>
        <translation>Connected. The hub knows this shop as %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="273"/>
        <source>Connected. The hub does not know this shop code yet; it is added when the first day is sent.</source>
        <translation>Connected. The hub does not know this shop code yet; it is added when the first day is sent.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="284"/>
        <source>The hub did not answer. Check the address and the network, then try again. The till works as before; closed days wait and are sent later.</source>
        <translation>The hub did not answer. Check the address and the network, then try again. The till works as before; closed days wait and are sent later.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="314"/>
        <source>Fetching the chapter&apos;s set-up …</source>
        <translation>Fetching the chapter&apos;s set-up …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="330"/>
        <source>The chapter has not published a set-up on the hub yet. Ask your coordinator.</source>
        <translation>The chapter has not published a set-up on the hub yet. Ask your coordinator.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="339"/>
        <source>This shop already has the chapter&apos;s set-up (version %1). Nothing to change.</source>
        <translation>This shop already has the chapter&apos;s set-up (version %1). Nothing to change.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="361"/>
        <source>Importing the chapter&apos;s set-up …</source>
        <translation>Importing the chapter&apos;s set-up …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="367"/>
        <source>Done: the chapter&apos;s set-up is in this shop (%1 changes).</source>
        <translation>Done: the chapter&apos;s set-up is in this shop (%1 changes).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="381"/>
        <source>The hub is too old to hold the chapter&apos;s set-up. Ask the person who runs the hub to upgrade it (bruktpos hub init). Nothing was changed here.</source>
        <translation>The hub is too old to hold the chapter&apos;s set-up. Ask the person who runs the hub to upgrade it (bruktpos hub init). Nothing was changed here.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="385"/>
        <source>The chapter&apos;s set-up could not be used here: %1 Nothing was changed.</source>
        <translation>The chapter&apos;s set-up could not be used here: %1 Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="390"/>
        <source>The chapter&apos;s set-up on the hub has a mistake (%1). Tell your coordinator. Nothing was changed here.</source>
        <translation>The chapter&apos;s set-up on the hub has a mistake (%1). Tell your coordinator. Nothing was changed here.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/hub_settings.py" line="395"/>
        <source>The hub did not answer. Check the address and the network, then try again. Nothing was changed here.</source>
        <translation>The hub did not answer. Check the address and the network, then try again. Nothing was changed here.</translation>
    </message>
</context>
<context>
    <name>InventoryScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="92"/>
        <source>Items in %1</source>
        <translation>Items in %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="100"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="154"/>
        <source>Code, or words such as “jacket”</source>
        <translation>Code, or words such as “jacket”</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="137"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="163"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="174"/>
        <source>Intake from</source>
        <translation>Intake from</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="187"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="190"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="198"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="303"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="311"/>
        <source>Change price</source>
        <translation>Change price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="199"/>
        <source>Throw away</source>
        <translation>Throw away</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="200"/>
        <source>Recycle</source>
        <translation>Recycle</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="201"/>
        <source>Moved to another shop</source>
        <translation>Moved to another shop</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="202"/>
        <source>Print label again</source>
        <translation>Print label again</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="203"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="204"/>
        <source>To take down this week</source>
        <translation>To take down this week</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="237"/>
        <source>Nothing matches the search. Try fewer words, or choose “All”.</source>
        <translation>Nothing matches the search. Try fewer words, or choose “All”.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="240"/>
        <source>Showing the first %1 items. Narrow the search to see the rest.</source>
        <translation>Showing the first %1 items. Narrow the search to see the rest.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="250"/>
        <source>%n item(s) should come off the shelf this week.</source>
        <translation>
            <numerusform>%n item should come off the shelf this week.</numerusform>
            <numerusform>%n items should come off the shelf this week.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="252"/>
        <source>Nothing needs to come off the shelf this week.</source>
        <translation>Nothing needs to come off the shelf this week.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="298"/>
        <source>Choose one item in the list to change its price.</source>
        <translation>Choose one item in the list to change its price.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="305"/>
        <source>%1 (%2) costs %3 now. Type the new price.</source>
        <translation>%1 (%2) costs %3 now. Type the new price.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="320"/>
        <source>Changing the price of %1 from %2 to %3</source>
        <translation>Changing the price of %1 from %2 to %3</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="327"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="368"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="379"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="384"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="387"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="335"/>
        <source>%1 now costs %2.</source>
        <translation>%1 now costs %2.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="341"/>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="397"/>
        <source>Choose one or more items in the list first.</source>
        <translation>Choose one or more items in the list first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="344"/>
        <source>Log in first.</source>
        <translation>Log in first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="349"/>
        <source>Mark %n item(s) as thrown away? They can no longer be sold, and this cannot be undone.</source>
        <translation>
            <numerusform>Mark %n item as thrown away? It can no longer be sold, and this cannot be undone.</numerusform>
            <numerusform>Mark %n items as thrown away? They can no longer be sold, and this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="354"/>
        <source>Mark %n item(s) as sent to recycling? They can no longer be sold, and this cannot be undone.</source>
        <translation>
            <numerusform>Mark %n item as sent to recycling? It can no longer be sold, and this cannot be undone.</numerusform>
            <numerusform>Mark %n items as sent to recycling? They can no longer be sold, and this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="360"/>
        <source>Mark %n item(s) as moved to another shop? They can no longer be sold here, and this cannot be undone.</source>
        <translation>
            <numerusform>Mark %n item as moved to another shop? It can no longer be sold here, and this cannot be undone.</numerusform>
            <numerusform>Mark %n items as moved to another shop? They can no longer be sold here, and this cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="366"/>
        <source>Take items off the shelf?</source>
        <translation>Take items off the shelf?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="376"/>
        <source>Taking %n item(s) off the shelf before they are due</source>
        <translation>
            <numerusform>Taking %n item(s) off the shelf before they are due</numerusform>
            <numerusform>Taking %n item(s) off the shelf before they are due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="390"/>
        <source>%n item(s) taken off the shelf.</source>
        <translation>
            <numerusform>%n item taken off the shelf.</numerusform>
            <numerusform>%n items taken off the shelf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="405"/>
        <source>%n label(s) are being printed on the label printer.</source>
        <translation>
            <numerusform>%n label is being printed on the label printer.</numerusform>
            <numerusform>%n labels are being printed on the label printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="417"/>
        <source>%n label(s) saved in %1. Open it and print at actual size (100 %).</source>
        <translation>
            <numerusform>%n label saved in %1. Open it and print at actual size (100 %).</numerusform>
            <numerusform>%n labels saved in %1. Open it and print at actual size (100 %).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="432"/>
        <source>Making the label sheet … %1 of %2</source>
        <translation>Making the label sheet … %1 of %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="436"/>
        <source>Making the label sheet …</source>
        <translation>Making the label sheet …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="450"/>
        <source>The list is empty. Search first, then export.</source>
        <translation>The list is empty. Search first, then export.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="460"/>
        <source>Saving the list …</source>
        <translation>Saving the list …</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="462"/>
        <source>%n item(s) saved in %1.</source>
        <translation>
            <numerusform>%n item saved in %1.</numerusform>
            <numerusform>%n items saved in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/screen.py" line="482"/>
        <source>The file could not be saved in %1. Check that the disk has room, then try again.</source>
        <translation>The file could not be saved in %1. Check that the disk has room, then try again.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="25"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="26"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="27"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="28"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="30"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="33"/>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="34"/>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="35"/>
        <source>Thrown away</source>
        <translation>Thrown away</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="36"/>
        <source>Sent to recycling</source>
        <translation>Sent to recycling</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/item_model.py" line="37"/>
        <source>Moved to another shop</source>
        <translation>Moved to another shop</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="75"/>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="87"/>
        <source>Electronic journal</source>
        <translation>Electronic journal</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="93"/>
        <source>Everything the till wrote in its journal on the days you choose: sales, receipts, the drawer, discounts, removed lines, people and settings changed, with who and when. Print it on the receipt printer, or save it as a PDF or for a spreadsheet (CSV).</source>
        <translation>Everything the till wrote in its journal on the days you choose: sales, receipts, the drawer, discounts, removed lines, people and settings changed, with who and when. Print it on the receipt printer, or save it as a PDF or for a spreadsheet (CSV).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="105"/>
        <source>All registers</source>
        <translation>All registers</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="107"/>
        <source>Register %1</source>
        <translation>Register %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="110"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="111"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="112"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="125"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="127"/>
        <source>Print on the receipt printer</source>
        <translation>Print on the receipt printer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="129"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="132"/>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="152"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="152"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="153"/>
        <source>Save the electronic journal</source>
        <translation>Save the electronic journal</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="159"/>
        <source>The last day is before the first. Choose the dates again.</source>
        <translation>The last day is before the first. Choose the dates again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="209"/>
        <source>Saving …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="221"/>
        <source>Saved %1: %2 journal entries from %3 to %4.</source>
        <translation>Saved %1: %2 journal entries from %3 to %4.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="241"/>
        <source>The file could not be made, and nothing was saved. Try again, or ask for help.</source>
        <translation>The file could not be made, and nothing was saved. Try again, or ask for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="258"/>
        <source>Printing …</source>
        <translation>Printing …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="269"/>
        <source>Printed %1 journal entries on the receipt printer.</source>
        <translation>Printed %1 journal entries on the receipt printer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/journal.py" line="288"/>
        <source>Printing or saving the electronic journal</source>
        <translation>Printing or saving the electronic journal</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="90"/>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="91"/>
        <source>Remove the last digit</source>
        <translation>Remove the last digit</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="94"/>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="95"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>KilosChart</name>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="158"/>
        <source>Kilos given a second life: %1 kg in all</source>
        <translation>Kilos given a second life: %1 kg in all</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="171"/>
        <source>Other shops (%1)</source>
        <translation>Other shops (%1)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="176"/>
        <source>Kilos received</source>
        <translation>Kilos received</translation>
    </message>
</context>
<context>
    <name>LabelPrinterSettingsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="71"/>
        <source>Label printer</source>
        <translation>Label printer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="76"/>
        <source>Without a label printer, labels are saved as A4 sticker sheets (PDF). A printer set up in the computer gets each label as a picture; one on the network, USB or a serial port must understand ESC/POS, like a receipt printer.</source>
        <translation>Without a label printer, labels are saved as A4 sticker sheets (PDF). A printer set up in the computer gets each label as a picture; one on the network, USB or a serial port must understand ESC/POS, like a receipt printer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="88"/>
        <source>No label printer (A4 sheets)</source>
        <translation>No label printer (A4 sheets)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="91"/>
        <source>Labels are saved as A4 sticker sheets to print on an office printer.</source>
        <translation>Labels are saved as A4 sticker sheets to print on an office printer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="96"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="99"/>
        <source>203 dpi (8 dots per mm)</source>
        <translation>203 dpi (8 dots per mm)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="99"/>
        <source>300 dpi (12 dots per mm)</source>
        <translation>300 dpi (12 dots per mm)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="110"/>
        <source>The resolution is on the printer’s type label or in its manual.</source>
        <translation>The resolution is on the printer’s type label or in its manual.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="122"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="124"/>
        <source>Print a test label</source>
        <translation>Print a test label</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="126"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="172"/>
        <source>These settings do not work. Check the address and the numbers, then try again.</source>
        <translation>These settings do not work. Check the address and the numbers, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="183"/>
        <source>Test label – æøå ÆØÅ</source>
        <translation>Test label – æøå ÆØÅ</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="194"/>
        <source>Choose how the label printer is connected first.</source>
        <translation>Choose how the label printer is connected first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="196"/>
        <source>Printing a test label …</source>
        <translation>Printing a test label …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="210"/>
        <source>Saved. New labels go to the label printer.</source>
        <translation>Saved. New labels go to the label printer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="212"/>
        <source>Saved. New labels are saved as A4 sticker sheets.</source>
        <translation>Saved. New labels are saved as A4 sticker sheets.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/label_printer_settings.py" line="219"/>
        <source>The test label was sent. Check that the price is sharp and the barcode is not cut off; if it prints too big or too small, try the other resolution.</source>
        <translation>The test label was sent. Check that the price is sharp and the barcode is not cut off; if it prints too big or too small, try the other resolution.</translation>
    </message>
</context>
<context>
    <name>LeaderPinDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="160"/>
        <source>An administrator’s approval</source>
        <translation>An administrator’s approval</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="160"/>
        <source>A shop leader’s approval</source>
        <translation>A shop leader’s approval</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="167"/>
        <source>%1 needs an administrator’s approval.</source>
        <translation>%1 needs an administrator’s approval.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="169"/>
        <source>%1 needs a shop leader’s approval.</source>
        <translation>%1 needs a shop leader’s approval.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="173"/>
        <source>Administrator: tap your name, then type your PIN.</source>
        <translation>Administrator: tap your name, then type your PIN.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="175"/>
        <source>Shop leader: tap your name, then type your PIN.</source>
        <translation>Shop leader: tap your name, then type your PIN.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="177"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="184"/>
        <source>No one here may approve this yet. Tap Cancel and ask the administrator for help.</source>
        <translation>No one here may approve this yet. Tap Cancel and ask the administrator for help.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="55"/>
        <source>Who is at the till?</source>
        <translation>Who is at the till?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="59"/>
        <source>Tap your name.</source>
        <translation>Tap your name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="83"/>
        <source>This is a demo shop. Log in as one of these people:
%1</source>
        <translation>This is a demo shop. Log in as one of these people:
%1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="103"/>
        <source>No one can log in yet. Ask the administrator to add the shop’s people.</source>
        <translation>No one can log in yet. Ask the administrator to add the shop’s people.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="407"/>
        <source>The sale that was on the screen when the till locked is parked under %1. You find it under Parked sales.</source>
        <translation>The sale that was on the screen when the till locked is parked under %1. You find it under Parked sales.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="417"/>
        <source>The sale that was on the screen when the till locked could not be parked, so it is still here, with any payments taken. Finish it, or park it.</source>
        <translation>The sale that was on the screen when the till locked could not be parked, so it is still here, with any payments taken. Finish it, or park it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="484"/>
        <source>Printing the voucher again (marked KOPI).</source>
        <translation>Printing the voucher again (marked KOPI).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="489"/>
        <source>There is no receipt from this till session to copy.</source>
        <translation>There is no receipt from this till session to copy.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="493"/>
        <source>The receipt has not printed yet: printing it now.</source>
        <translation>The receipt has not printed yet: printing it now.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="501"/>
        <source>Printing a copy (marked KOPI).</source>
        <translation>Printing a copy (marked KOPI).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="508"/>
        <source>Opening the drawer without a sale</source>
        <translation>Opening the drawer without a sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="524"/>
        <source>Finish or park the sale on the screen first.</source>
        <translation>Finish or park the sale on the screen first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="527"/>
        <source>Switching training mode</source>
        <translation>Switching training mode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="555"/>
        <source>Training mode is on. Sales here are practice and count for nothing.</source>
        <translation>Training mode is on. Sales here are practice and count for nothing.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="557"/>
        <source>Training mode is off. Sales count again.</source>
        <translation>Training mode is off. Sales count again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="597"/>
        <source>Closing BruktPOS</source>
        <translation>Closing BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="620"/>
        <source>Quit BruktPOS?</source>
        <translation>Quit BruktPOS?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="621"/>
        <source>There is a sale on the screen. It will be lost if you quit. Quit anyway?</source>
        <translation>There is a sale on the screen. It will be lost if you quit. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="50"/>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="51"/>
        <source>Shop leader</source>
        <translation>Shop leader</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="52"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="67"/>
        <source>a sale</source>
        <translation>a sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="68"/>
        <source>a refund</source>
        <translation>a refund</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="69"/>
        <source>a price change</source>
        <translation>a price change</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="70"/>
        <source>removing an item after payment</source>
        <translation>removing an item after payment</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="71"/>
        <source>opening the cash drawer without a sale</source>
        <translation>opening the cash drawer without a sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="72"/>
        <source>changing the settings</source>
        <translation>changing the settings</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="73"/>
        <source>making someone an administrator or changing one</source>
        <translation>making someone an administrator or changing one</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="74"/>
        <source>adding or changing people</source>
        <translation>adding or changing people</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="75"/>
        <source>changing the categories and products</source>
        <translation>changing the categories and products</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="76"/>
        <source>changing the shop&apos;s details and registers</source>
        <translation>changing the shop&apos;s details and registers</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="77"/>
        <source>switching training mode on or off</source>
        <translation>switching training mode on or off</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="78"/>
        <source>opening the day</source>
        <translation>opening the day</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="79"/>
        <source>closing the day</source>
        <translation>closing the day</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="80"/>
        <source>an X report</source>
        <translation>an X report</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="81"/>
        <source>putting money into the drawer</source>
        <translation>putting money into the drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="82"/>
        <source>taking money out of the drawer</source>
        <translation>taking money out of the drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="83"/>
        <source>counting the drawer again after the expected amount was shown</source>
        <translation>counting the drawer again after the expected amount was shown</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="86"/>
        <source>taking items off the shelf before they are due</source>
        <translation>taking items off the shelf before they are due</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="87"/>
        <source>counting in delivered goods</source>
        <translation>counting in delivered goods</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="88"/>
        <source>correcting a registered donation</source>
        <translation>correcting a registered donation</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="89"/>
        <source>looking at the shop&apos;s reports</source>
        <translation>looking at the shop&apos;s reports</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="90"/>
        <source>exporting the SAF-T file for the tax office</source>
        <translation>exporting the SAF-T file for the tax office</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="91"/>
        <source>printing or saving the electronic journal</source>
        <translation>printing or saving the electronic journal</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="92"/>
        <source>a discount beyond the shop&apos;s limit</source>
        <translation>a discount beyond the shop&apos;s limit</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="93"/>
        <source>a difference in the drawer</source>
        <translation>a difference in the drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="94"/>
        <source>closing BruktPOS</source>
        <translation>closing BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="96"/>
        <source>this</source>
        <translation>this</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="111"/>
        <source>Type an amount first, for example 49,50.</source>
        <translation>Type an amount first, for example 49,50.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="113"/>
        <source>“%1” is not an amount. Type kroner and øre, for example 49,50.</source>
        <translation>“%1” is not an amount. Type kroner and øre, for example 49,50.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="120"/>
        <source>%1 is more than the till takes for one price (%2). Check the price.</source>
        <translation>%1 is more than the till takes for one price (%2). Check the price.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="124"/>
        <source>The price must be more than kr 0. Type the price again.</source>
        <translation>The price must be more than kr 0. Type the price again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="128"/>
        <source>The number must be from 1 to %1. Type the number again.</source>
        <translation>The number must be from 1 to %1. Type the number again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="133"/>
        <source>A discount must be from 0 to 100 % and no more than the line’s price (%1). Type the discount again.</source>
        <translation>A discount must be from 0 to 100 % and no more than the line’s price (%1). Type the discount again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="144"/>
        <source>“%1” is not a code from this shop. Scan the label again, or type the digits under it.</source>
        <translation>“%1” is not a code from this shop. Scan the label again, or type the digits under it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="155"/>
        <source>The count for %1 must be a whole number, 0 or more. Count again.</source>
        <translation>The count for %1 must be a whole number, 0 or more. Count again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="158"/>
        <source>That is not a Norwegian coin or note the till counts. Count again.</source>
        <translation>That is not a Norwegian coin or note the till counts. Count again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="163"/>
        <source>A markdown step must come after 1 day or more, and within ten years. Change the rule.</source>
        <translation>A markdown step must come after 1 day or more, and within ten years. Change the rule.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="167"/>
        <source>A markdown must be from 1 to 99 %. Change the rule.</source>
        <translation>A markdown must be from 1 to 99 %. Change the rule.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="170"/>
        <source>Each markdown step must come later than the one before. Change the rule.</source>
        <translation>Each markdown step must come later than the one before. Change the rule.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="173"/>
        <source>Each markdown step must take more off than the one before. Change the rule.</source>
        <translation>Each markdown step must take more off than the one before. Change the rule.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="176"/>
        <source>Items can only be pulled from the shelf after the last markdown. Change the rule.</source>
        <translation>Items can only be pulled from the shelf after the last markdown. Change the rule.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="182"/>
        <source>The markdown rule could not be read. Write it like 28:30,56:50;pull:84.</source>
        <translation>The markdown rule could not be read. Write it like 28:30,56:50;pull:84.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="188"/>
        <source>This category cannot get price tags (its number must be 1 to %1). Ask the admin.</source>
        <translation>This category cannot get price tags (its number must be 1 to %1). Ask the admin.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="197"/>
        <source>The label sheet “%1” is not known. Choose one of the sheets in the list.</source>
        <translation>The label sheet “%1” is not known. Choose one of the sheets in the list.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="203"/>
        <source>Type the weight in kilos, for example 2,5. It cannot be below 0.</source>
        <translation>Type the weight in kilos, for example 2,5. It cannot be below 0.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="207"/>
        <source>A phone number has only digits and spaces, and perhaps a + first. Check it.</source>
        <translation>A phone number has only digits and spaces, and perhaps a + first. Check it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="214"/>
        <source>Nothing in the shop has the code %1. Check the label, or sell it with a category button.</source>
        <translation>Nothing in the shop has the code %1. Check the label, or sell it with a category button.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="224"/>
        <source>This item was sold on %1 at %2 (receipt %3, till %4). Ask the shop leader for help.</source>
        <translation>This item was sold on %1 at %2 (receipt %3, till %4). Ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="237"/>
        <source>This item was marked as thrown away on %1.</source>
        <translation>This item was marked as thrown away on %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="238"/>
        <source>This item was marked as sent to recycling on %1.</source>
        <translation>This item was marked as sent to recycling on %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="239"/>
        <source>This item was marked as moved to another shop on %1.</source>
        <translation>This item was marked as moved to another shop on %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="240"/>
        <source>This item was marked as sold on %1.</source>
        <translation>This item was marked as sold on %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="242"/>
        <source>This item was taken off sale on %1.</source>
        <translation>This item was taken off sale on %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="246"/>
        <source>Put it aside and ask the shop leader for help.</source>
        <translation>Put it aside and ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="253"/>
        <source>%1 is already paid, so this sale cannot be parked. Finish the sale, or take the payment back first.</source>
        <translation>%1 is already paid, so this sale cannot be parked. Finish the sale, or take the payment back first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="265"/>
        <source>The cart would then cost less than is already paid (%1). Take the payment back first, then change the cart.</source>
        <translation>The cart would then cost less than is already paid (%1). Take the payment back first, then change the cart.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="274"/>
        <source>Nothing more can be paid with this voucher.</source>
        <translation>Nothing more can be paid with this voucher.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="276"/>
        <source>%1 is more than the voucher holds or is left to pay (%2). Type %2 or less.</source>
        <translation>%1 is more than the voucher holds or is left to pay (%2). Type %2 or less.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="283"/>
        <source>Nothing is left to pay. Finish the sale.</source>
        <translation>Nothing is left to pay. Finish the sale.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="285"/>
        <source>%1 is more than what is left to pay (%2). Type %2 or less.</source>
        <translation>%1 is more than what is left to pay (%2). Type %2 or less.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="293"/>
        <source>There is no payment to take back.</source>
        <translation>There is no payment to take back.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="295"/>
        <source>Cash must be whole kroner and more than kr 0. Type the amount you were given again.</source>
        <translation>Cash must be whole kroner and more than kr 0. Type the amount you were given again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="298"/>
        <source>The amount must be more than kr 0. Type the amount again.</source>
        <translation>The amount must be more than kr 0. Type the amount again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="303"/>
        <source>%1 is still left to pay. Take the rest before you finish the sale.</source>
        <translation>%1 is still left to pay. Take the rest before you finish the sale.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="367"/>
        <source>The till&apos;s signing key file %1 belongs to another till, so no sale can be signed. Do not give the customer the goods yet. Ask the shop leader to put back this till&apos;s key folder from the backup.</source>
        <translation>The till&apos;s signing key file %1 belongs to another till, so no sale can be signed. Do not give the customer the goods yet. Ask the shop leader to put back this till&apos;s key folder from the backup.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="374"/>
        <source>The till&apos;s signing key file %1 is missing or cannot be read, so no sale can be signed. Do not give the customer the goods yet. Ask the shop leader to put the key folder back from the backup.</source>
        <translation>The till&apos;s signing key file %1 is missing or cannot be read, so no sale can be signed. Do not give the customer the goods yet. Ask the shop leader to put the key folder back from the backup.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="426"/>
        <source>The last day (%1) is before the first (%2). Choose the dates again.</source>
        <translation>The last day (%1) is before the first (%2). Choose the dates again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="434"/>
        <source>The file %1 could not be saved (%2), and nothing was saved. Choose another folder or a USB stick with room, and try again.</source>
        <translation>The file %1 could not be saved (%2), and nothing was saved. Choose another folder or a USB stick with room, and try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="446"/>
        <source>These days have %1 journal entries, more than the receipt printer takes (%2). Save the journal as a PDF instead, or choose fewer days.</source>
        <translation>These days have %1 journal entries, more than the receipt printer takes (%2). Save the journal as a PDF instead, or choose fewer days.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="458"/>
        <source>%1 is neither a PDF nor a CSV file. Give the name an ending of .pdf or .csv.</source>
        <translation>%1 is neither a PDF nor a CSV file. Give the name an ending of .pdf or .csv.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="464"/>
        <source>The shop has no register %1. Choose one from the list.</source>
        <translation>The shop has no register %1. Choose one from the list.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="483"/>
        <source>25 % – most goods</source>
        <translation>25 % – most goods</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="484"/>
        <source>15 % – food and drink to take away</source>
        <translation>15 % – food and drink to take away</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="485"/>
        <source>12 % – e.g. cinema tickets and transport</source>
        <translation>12 % – e.g. cinema tickets and transport</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="486"/>
        <source>0 % zero-rated – e.g. books and newspapers</source>
        <translation>0 % zero-rated – e.g. books and newspapers</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="487"/>
        <source>Outside the VAT Act – e.g. lottery tickets</source>
        <translation>Outside the VAT Act – e.g. lottery tickets</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="494"/>
        <source>The shop decides together with its accountant which sales are exempt.</source>
        <translation>The shop decides together with its accountant which sales are exempt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="499"/>
        <source>Each category has one of these VAT choices:</source>
        <translation>Each category has one of these VAT choices:</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="18"/>
        <source>That PIN was not right. You have one try left before a short pause, so take your time.</source>
        <translation>That PIN was not right. You have one try left before a short pause, so take your time.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="23"/>
        <source>That PIN was not right. Try again; you have %1 tries left.</source>
        <translation>That PIN was not right. Try again; you have %1 tries left.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="29"/>
        <source>Too many wrong PINs in a row. You can try again at %1, or ask the shop leader for help.</source>
        <translation>Too many wrong PINs in a row. You can try again at %1, or ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="39"/>
        <source>%1 has no PIN yet. Ask a shop leader to give you one: Folk, then New PIN.</source>
        <translation>%1 has no PIN yet. Ask a shop leader to give you one: Folk, then New PIN.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="49"/>
        <source>A PIN has 4 to 8 digits, and this one has %1. Type it again.</source>
        <translation>A PIN has 4 to 8 digits, and this one has %1. Type it again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="310"/>
        <source>Only an administrator may approve %1. Ask an administrator for help.</source>
        <translation>Only an administrator may approve %1. Ask an administrator for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="312"/>
        <source>Only a shop leader may approve %1. Ask the shop leader for help.</source>
        <translation>Only a shop leader may approve %1. Ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="318"/>
        <source>No shop is set up in %1 yet. Start the setup to create the shop.</source>
        <translation>No shop is set up in %1 yet. Start the setup to create the shop.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="325"/>
        <source>There is no file here. Check the name, choose another file, or create a new shop here.</source>
        <translation>There is no file here. Check the name, choose another file, or create a new shop here.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="329"/>
        <source>This file is empty: there is no shop in it. Choose another file, or create a new shop here.</source>
        <translation>This file is empty: there is no shop in it. Choose another file, or create a new shop here.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="333"/>
        <source>This is a folder, not a shop database. Choose the shop’s database file.</source>
        <translation>This is a folder, not a shop database. Choose the shop’s database file.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="336"/>
        <source>BruktPOS is not allowed to read this file. Ask the person who looks after this PC for access, or choose another file.</source>
        <translation>BruktPOS is not allowed to read this file. Ask the person who looks after this PC for access, or choose another file.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="341"/>
        <source>This file is not a shop database. It may be a document or a file from another program. Choose the shop’s database file.</source>
        <translation>This file is not a shop database. It may be a document or a file from another program. Choose the shop’s database file.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="346"/>
        <source>This is a database from another program, not from BruktPOS. Choose the shop’s database file.</source>
        <translation>This is a database from another program, not from BruktPOS. Choose the shop’s database file.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="350"/>
        <source>This shop database is damaged, so BruktPOS cannot open it. Choose a backup copy, or ask for help.</source>
        <translation>This shop database is damaged, so BruktPOS cannot open it. Choose a backup copy, or ask for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="355"/>
        <source>This shop database was made by a newer version of BruktPOS. Update BruktPOS on this PC, or choose another file.</source>
        <translation>This shop database was made by a newer version of BruktPOS. Update BruktPOS on this PC, or choose another file.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="385"/>
        <source>BruktPOS must update the shop database and takes a backup copy first. Nothing has been changed.</source>
        <translation>BruktPOS must update the shop database and takes a backup copy first. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="390"/>
        <source>Another program is using the database, so the copy could not be taken. Close other BruktPOS windows, then tap Try again.</source>
        <translation>Another program is using the database, so the copy could not be taken. Close other BruktPOS windows, then tap Try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="395"/>
        <source>There is no room for the copy on the disk. Make room, then tap Try again.</source>
        <translation>There is no room for the copy on the disk. Make room, then tap Try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="399"/>
        <source>The backup folder %1 cannot be written to. Ask the person who looks after this PC, then tap Try again.</source>
        <translation>The backup folder %1 cannot be written to. Ask the person who looks after this PC, then tap Try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="407"/>
        <source>The copy could not be written. Check the disk, then tap Try again.</source>
        <translation>The copy could not be written. Check the disk, then tap Try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="414"/>
        <source>A copy of receipt %1 was already printed on %2 at %3. Only one copy may be printed.</source>
        <translation>A copy of receipt %1 was already printed on %2 at %3. Only one copy may be printed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="17"/>
        <source>The day is not open at this till yet. Count the float and open the day first.</source>
        <translation>The day is not open at this till yet. Count the float and open the day first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="24"/>
        <source>The day of %1 was not closed. A shop leader must count the drawer and take the Z report first.</source>
        <translation>The day of %1 was not closed. A shop leader must count the drawer and take the Z report first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="34"/>
        <source>The day of %1 is already open at this till. You can start selling.</source>
        <translation>The day of %1 is already open at this till. You can start selling.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="41"/>
        <source>The day of %1 was already closed with a Z report. It cannot be opened again.</source>
        <translation>The day of %1 was already closed with a Z report. It cannot be opened again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="48"/>
        <source>There is no Z report for %1 at till %2. Close the day first, or choose another date.</source>
        <translation>There is no Z report for %1 at till %2. Close the day first, or choose another date.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="58"/>
        <source>Type an amount above zero for the money put in or taken out.</source>
        <translation>Type an amount above zero for the money put in or taken out.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="62"/>
        <source>Write a short reason for taking money out, for example “milk for the café”.</source>
        <translation>Write a short reason for taking money out, for example “milk for the café”.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="69"/>
        <source>The drawer is %1 off, more than %2. A shop leader must approve the count.</source>
        <translation>The drawer is %1 off, more than %2. A shop leader must approve the count.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="73"/>
        <source>The drawer is %1 off, more than %2. Write a short note on what may have happened.</source>
        <translation>The drawer is %1 off, more than %2. Write a short note on what may have happened.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="82"/>
        <source>The second count must be confirmed by another person than the one who counted.</source>
        <translation>The second count must be confirmed by another person than the one who counted.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="85"/>
        <source>This shop wants a second person to confirm the count. Ask a colleague.</source>
        <translation>This shop wants a second person to confirm the count. Ask a colleague.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="90"/>
        <source>Cash in the drawer is whole kroner, as there are no øre coins: %1 cannot be counted out. Type the amount without øre.</source>
        <translation>Cash in the drawer is whole kroner, as there are no øre coins: %1 cannot be counted out. Type the amount without øre.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="101"/>
        <source>The first count was %1 and this one is %2. Write a short note on why the count changed.</source>
        <translation>The first count was %1 and this one is %2. Write a short note on why the count changed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="106"/>
        <source>The first count was %1 and this one is %2. Counting again after the till showed what it expected needs a shop leader&apos;s approval.</source>
        <translation>The first count was %1 and this one is %2. Counting again after the till showed what it expected needs a shop leader&apos;s approval.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="115"/>
        <source>The count for the Z is not the count the till stored. Go back to the count and tap Next again.</source>
        <translation>The count for the Z is not the count the till stored. Go back to the count and tap Next again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="123"/>
        <source>The day cannot be closed while money taken is not on a sale. Resume it under Parked sales and finish it, or undo its payments (give the money back) and cancel it. Then close the day.</source>
        <translation>The day cannot be closed while money taken is not on a sale. Resume it under Parked sales and finish it, or undo its payments (give the money back) and cancel it. Then close the day.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="130"/>
        <source>%1 parked sales have payments on them: the first was parked by %2 at %3 with %4 paid.</source>
        <translation>%1 parked sales have payments on them: the first was parked by %2 at %3 with %4 paid.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="141"/>
        <source>A sale parked by %1 at %2 has %3 paid on it.</source>
        <translation>A sale parked by %1 at %2 has %3 paid on it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="151"/>
        <source>The last close left %1 in the drawer, and you counted %2. Write a short note on why they differ, then open the day.</source>
        <translation>The last close left %1 in the drawer, and you counted %2. Write a short note on why they differ, then open the day.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="163"/>
        <source>There is no receipt number %1 at till %2. Check the number on the receipt, or scan the item.</source>
        <translation>There is no receipt number %1 at till %2. Check the number on the receipt, or scan the item.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="174"/>
        <source>Receipt %1 is a return receipt. Find the receipt of the sale itself.</source>
        <translation>Receipt %1 is a return receipt. Find the receipt of the sale itself.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="177"/>
        <source>Receipt %1 is from training mode, where no money was taken. Nothing can be returned.</source>
        <translation>Receipt %1 is from training mode, where no money was taken. Nothing can be returned.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="180"/>
        <source>Choose what the customer gives back: tick the lines first.</source>
        <translation>Choose what the customer gives back: tick the lines first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="183"/>
        <source>Everything on receipt %1 has already been returned.</source>
        <translation>Everything on receipt %1 has already been returned.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="186"/>
        <source>This item has not been sold, so it cannot be returned. Check the code.</source>
        <translation>This item has not been sold, so it cannot be returned. Check the code.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="197"/>
        <source>“%1” has already been returned. A line can be returned only once.</source>
        <translation>“%1” has already been returned. A line can be returned only once.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="201"/>
        <source>Only %2 of “%1” can still be returned. Lower the number.</source>
        <translation>Only %2 of “%1” can still be returned. Lower the number.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="208"/>
        <source>This voucher is not known. Check the code on the voucher, or scan it again.</source>
        <translation>This voucher is not known. Check the code on the voucher, or scan it again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="215"/>
        <source>This voucher expired on %1 and can no longer be used. Ask the shop leader.</source>
        <translation>This voucher expired on %1 and can no longer be used. Ask the shop leader.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_day.py" line="221"/>
        <source>This voucher has been used up: nothing is left on it.</source>
        <translation>This voucher has been used up: nothing is left on it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="55"/>
        <source>Type the person’s name first, for example Kari or Kari H.</source>
        <translation>Type the person’s name first, for example Kari or Kari H.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="22"/>
        <location filename="../src/bruktpos/ui/messages_people.py" line="57"/>
        <source>A name can be at most %1 letters, without special signs. Shorten it a little.</source>
        <translation>A name can be at most %1 letters, without special signs. Shorten it a little.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="66"/>
        <source>There is already someone called %1. Add an initial or a last name, so people can tell the two apart on the login screen.</source>
        <translation>There is already someone called %1. Add an initial or a last name, so people can tell the two apart on the login screen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="72"/>
        <source>%1 is already in the list, switched off. Switch them on again, or add an initial or a last name for someone new.</source>
        <translation>%1 is already in the list, switched off. Switch them on again, or add an initial or a last name for someone new.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="82"/>
        <source>%1 is the only administrator, so the role stays. Make someone else administrator first.</source>
        <translation>%1 is the only administrator, so the role stays. Make someone else administrator first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="87"/>
        <source>%1 is the only administrator and cannot be switched off. Make someone else administrator first.</source>
        <translation>%1 is the only administrator and cannot be switched off. Make someone else administrator first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_people.py" line="96"/>
        <source>Only an administrator’s PIN is replaced this way. A shop leader gives %1 a new PIN on the People screen.</source>
        <translation>Only an administrator’s PIN is replaced this way. A shop leader gives %1 a new PIN on the People screen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="478"/>
        <source>0 % zero-rated</source>
        <translation>0 % zero-rated</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="479"/>
        <source>Outside VAT</source>
        <translation>Outside VAT</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="19"/>
        <source>Type the product’s name first, for example Kaffe or Vaffel.</source>
        <translation>Type the product’s name first, for example Kaffe or Vaffel.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="20"/>
        <source>Type the category’s name first, for example Bøker or Klær dame.</source>
        <translation>Type the category’s name first, for example Bøker or Klær dame.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="32"/>
        <source>There is already a product called %1. Choose another name.</source>
        <translation>There is already a product called %1. Choose another name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="34"/>
        <source>%1 is already in the list of products, retired. Bring it back, or choose another name.</source>
        <translation>%1 is already in the list of products, retired. Bring it back, or choose another name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="39"/>
        <source>There is already a category called %1. Choose another name.</source>
        <translation>There is already a category called %1. Choose another name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="41"/>
        <source>%1 is already in the list of categories, retired. Bring it back, or choose another name.</source>
        <translation>%1 is already in the list of categories, retired. Bring it back, or choose another name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="49"/>
        <source>That is not a VAT treatment the till knows. Choose one of the five in the list (25 %, 15 %, 12 %, zero-rated or outside the VAT Act).</source>
        <translation>That is not a VAT treatment the till knows. Choose one of the five in the list (25 %, 15 %, 12 %, zero-rated or outside the VAT Act).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="57"/>
        <source>A category is either shop goods or café. Choose one of the two.</source>
        <translation>A category is either shop goods or café. Choose one of the two.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="61"/>
        <source>That colour cannot be used. Tap one of the colours shown.</source>
        <translation>That colour cannot be used. Tap one of the colours shown.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="66"/>
        <source>“%1” is not a SAF-T article group. Use one from 04001 to 04021, or 04999 (other).</source>
        <translation>“%1” is not a SAF-T article group. Use one from 04001 to 04021, or 04999 (other).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="76"/>
        <source>The price keypad has room for %1 quick prices, and you gave %2. Take some away.</source>
        <translation>The price keypad has room for %1 quick prices, and you gave %2. Take some away.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="86"/>
        <source>This is one of the shop’s own label codes, so the till would read it as an item. Use the barcode printed on the product, or leave it empty.</source>
        <translation>This is one of the shop’s own label codes, so the till would read it as an item. Use the barcode printed on the product, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="91"/>
        <source>A barcode has only digits and letters, with no spaces. Scan it again, or leave it empty.</source>
        <translation>A barcode has only digits and letters, with no spaces. Scan it again, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="99"/>
        <source>The product %1 already has this barcode. Check the code, or change %1 first.</source>
        <translation>The product %1 already has this barcode. Check the code, or change %1 first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="106"/>
        <source>The category %1 is retired. Choose another category, or bring %1 back first.</source>
        <translation>The category %1 is retired. Choose another category, or bring %1 back first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="116"/>
        <source>The category %1 still has a product on the till. Move it to another category or retire it first, on the Products screen.</source>
        <translation>The category %1 still has a product on the till. Move it to another category or retire it first, on the Products screen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="122"/>
        <source>The category %1 still has %2 products on the till. Move them to another category or retire them first, on the Products screen.</source>
        <translation>The category %1 still has %2 products on the till. Move them to another category or retire them first, on the Products screen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="134"/>
        <source>Type the shop’s name first. It is printed on every receipt.</source>
        <translation>Type the shop’s name first. It is printed on every receipt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="137"/>
        <source>The text at the top of the receipt can have at most %1 lines of %2 letters. Shorten it a little.</source>
        <translation>The text at the top of the receipt can have at most %1 lines of %2 letters. Shorten it a little.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="143"/>
        <source>The text at the bottom of the receipt can have at most %1 lines of %2 letters. Shorten it a little.</source>
        <translation>The text at the bottom of the receipt can have at most %1 lines of %2 letters. Shorten it a little.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="152"/>
        <source>The limit for a cash difference must be from %1 to %2. Type kroner, for example 50,00.</source>
        <translation>The limit for a cash difference must be from %1 to %2. Type kroner, for example 50,00.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="160"/>
        <source>The shop’s name can be at most %1 letters. Shorten it a little.</source>
        <translation>The shop’s name can be at most %1 letters. Shorten it a little.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="161"/>
        <source>The short name can be at most %1 letters. It goes on labels and at the top of the till.</source>
        <translation>The short name can be at most %1 letters. It goes on labels and at the top of the till.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="165"/>
        <source>This is not a valid organisation number. Type all 9 digits and check each one.</source>
        <translation>This is not a valid organisation number. Type all 9 digits and check each one.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="168"/>
        <source>The address can be at most %1 letters. Shorten it a little.</source>
        <translation>The address can be at most %1 letters. Shorten it a little.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="169"/>
        <source>A postcode has 4 digits, for example 0155.</source>
        <translation>A postcode has 4 digits, for example 0155.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="171"/>
        <source>A Vipps number has %1 to %2 digits, for example 123456.</source>
        <translation>A Vipps number has %1 to %2 digits, for example 123456.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="175"/>
        <source>The place name can be at most %1 letters. Shorten it a little.</source>
        <translation>The place name can be at most %1 letters. Shorten it a little.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="176"/>
        <source>A phone number has only digits and spaces, and perhaps a + first, for example 22 33 44 55.</source>
        <translation>A phone number has only digits and spaces, and perhaps a + first, for example 22 33 44 55.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="181"/>
        <source>A voucher can be valid from %1 to %2 days. Type a whole number of days, for example 365.</source>
        <translation>A voucher can be valid from %1 to %2 days. Type a whole number of days, for example 365.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="188"/>
        <source>A shop code has 2 to 20 letters (A–Z), digits and hyphens, for example OSLO-1. Check what the coordinator sent.</source>
        <translation>A shop code has 2 to 20 letters (A–Z), digits and hyphens, for example OSLO-1. Check what the coordinator sent.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="196"/>
        <source>Something in the shop’s details was not accepted. Check each field and try again.</source>
        <translation>Something in the shop’s details was not accepted. Check each field and try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="205"/>
        <source>The day of %1 is open at till %2. Close the day with a Z report first, then change the VAT registration.</source>
        <translation>The day of %1 is open at till %2. Close the day with a Z report first, then change the VAT registration.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="218"/>
        <source>Type the till’s name, for example Kasse 2 (at most %1 letters).</source>
        <translation>Type the till’s name, for example Kasse 2 (at most %1 letters).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="222"/>
        <source>A till’s code has 1 to %1 letters (A–Z), digits and hyphens, for example K2. Check it.</source>
        <translation>A till’s code has 1 to %1 letters (A–Z), digits and hyphens, for example K2. Check it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="232"/>
        <source>There is already a till called %1. Choose another name.</source>
        <translation>There is already a till called %1. Choose another name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_catalogue.py" line="234"/>
        <source>There is already a till with the code %1. Choose another code, for example the next number.</source>
        <translation>There is already a till with the code %1. Choose another code, for example the next number.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="507"/>
        <source>This item is already in the cart. Each item can be sold only once.</source>
        <translation>This item is already in the cart. Each item can be sold only once.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="510"/>
        <source>This product is no longer in the shop’s list. Ask the shop leader to check the buttons.</source>
        <translation>This product is no longer in the shop’s list. Ask the shop leader to check the buttons.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="514"/>
        <source>This category is no longer in the shop’s list. Choose another one, or ask the shop leader.</source>
        <translation>This category is no longer in the shop’s list. Choose another one, or ask the shop leader.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="518"/>
        <source>This donation is not in the shop’s list. Look at the list of donations again.</source>
        <translation>This donation is not in the shop’s list. Look at the list of donations again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="521"/>
        <source>That line is no longer in the cart. Look at the cart and try again.</source>
        <translation>That line is no longer in the cart. Look at the cart and try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="524"/>
        <source>A donated item is one of a kind, so the number stays 1. Scan each item on its own.</source>
        <translation>A donated item is one of a kind, so the number stays 1. Scan each item on its own.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="527"/>
        <source>The cart is empty. Scan an item or tap a product first.</source>
        <translation>The cart is empty. Scan an item or tap a product first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="528"/>
        <source>This parked sale is no longer there; it may have been picked up. Look at the list again.</source>
        <translation>This parked sale is no longer there; it may have been picked up. Look at the list again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="532"/>
        <source>This person is no longer in the shop’s list. Choose your name again.</source>
        <translation>This person is no longer in the shop’s list. Choose your name again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="535"/>
        <source>This user has been switched off. Ask the shop leader for help.</source>
        <translation>This user has been switched off. Ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="538"/>
        <source>That sale could not be found. Check the receipt number and try again.</source>
        <translation>That sale could not be found. Check the receipt number and try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="22"/>
        <source>The paper roll is nearly empty. Put in a new roll when there is a quiet moment.</source>
        <translation>The paper roll is nearly empty. Put in a new roll when there is a quiet moment.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="30"/>
        <source>This connection cannot tell how the printer is. Print a sample to see that it works.</source>
        <translation>This connection cannot tell how the printer is. Print a sample to see that it works.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="35"/>
        <source>The paper is out. Put in a new roll.</source>
        <translation>The paper is out. Put in a new roll.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="36"/>
        <source>The cover is open. Close it firmly.</source>
        <translation>The cover is open. Close it firmly.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="37"/>
        <source>The printer says it is offline. Look for jammed paper, or switch it off and on.</source>
        <translation>The printer says it is offline. Look for jammed paper, or switch it off and on.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="41"/>
        <source>The printer reports an error (its error light may be on). Switch it off and on; if that does not help, ask for help with the printer.</source>
        <translation>The printer reports an error (its error light may be on). Switch it off and on; if that does not help, ask for help with the printer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="47"/>
        <source>The cash drawer is open.</source>
        <translation>The cash drawer is open.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="51"/>
        <source>The printer is ready.</source>
        <translation>The printer is ready.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="61"/>
        <source>The receipt printer does not answer. Check that it is on and plugged in, then try again.</source>
        <translation>The receipt printer does not answer. Check that it is on and plugged in, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="65"/>
        <source>The receipt printer was not found. Check the cable and the printer settings, then try again.</source>
        <translation>The receipt printer was not found. Check the cable and the printer settings, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="69"/>
        <source>The receipt printer is out of paper. Put in a new roll, then try again.</source>
        <translation>The receipt printer is out of paper. Put in a new roll, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="72"/>
        <source>No receipt printer is set up yet. A shop leader can choose one in the settings.</source>
        <translation>No receipt printer is set up yet. A shop leader can choose one in the settings.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="75"/>
        <source>The receipt printer’s cover is open, so it did not print in full. Close the cover firmly, throw away any half-printed slip, then try again.</source>
        <translation>The receipt printer’s cover is open, so it did not print in full. Close the cover firmly, throw away any half-printed slip, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="80"/>
        <source>The receipt printer says it is not ready (its error light may be on). Look for jammed paper, close the cover, or switch it off and on, then try again.</source>
        <translation>The receipt printer says it is not ready (its error light may be on). Look for jammed paper, close the cover, or switch it off and on, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="85"/>
        <source>The receipt printer did not answer when the till asked if it was ready, so nothing was sent to it. Check that it is on and its light is steady, then try again.</source>
        <translation>The receipt printer did not answer when the till asked if it was ready, so nothing was sent to it. Check that it is on and its light is steady, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="90"/>
        <source>The receipt printer stopped taking in what was sent, so it may not have printed in full. Switch it off and on (that clears what it holds), then try again.</source>
        <translation>The receipt printer stopped taking in what was sent, so it may not have printed in full. Switch it off and on (that clears what it holds), then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="95"/>
        <source>This computer has no printing system (CUPS) to send the receipt through. A shop leader can choose another connection in the printer settings.</source>
        <translation>This computer has no printing system (CUPS) to send the receipt through. A shop leader can choose another connection in the printer settings.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="103"/>
        <source>The receipt printer could not print. Check that it is on and has paper, then try again.</source>
        <translation>The receipt printer could not print. Check that it is on and has paper, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="111"/>
        <source>The receipt printer does not answer. Open the drawer with the key, or check that the printer is on and press “Open the drawer”.</source>
        <translation>The receipt printer does not answer. Open the drawer with the key, or check that the printer is on and press “Open the drawer”.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="117"/>
        <source>The receipt printer is out of paper, and it opens the drawer only when it is ready. Open the drawer with the key, or put in a new roll and press “Open the drawer”.</source>
        <translation>The receipt printer is out of paper, and it opens the drawer only when it is ready. Open the drawer with the key, or put in a new roll and press “Open the drawer”.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="122"/>
        <source>The receipt printer’s cover is open. Open the drawer with the key, or close the cover and press “Open the drawer”.</source>
        <translation>The receipt printer’s cover is open. Open the drawer with the key, or close the cover and press “Open the drawer”.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="127"/>
        <source>The receipt printer says it is not ready. Open the drawer with the key, or sort out the printer and press “Open the drawer”.</source>
        <translation>The receipt printer says it is not ready. Open the drawer with the key, or sort out the printer and press “Open the drawer”.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="132"/>
        <source>The printer was busy for too long, so the drawer was not opened later by itself. Press “Open the drawer”, or open it with the key.</source>
        <translation>The printer was busy for too long, so the drawer was not opened later by itself. Press “Open the drawer”, or open it with the key.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="137"/>
        <source>No receipt printer is set up, and the drawer opens through it. Open it with the key.</source>
        <translation>No receipt printer is set up, and the drawer opens through it. Open it with the key.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="141"/>
        <source>The drawer did not open. %1</source>
        <translation>The drawer did not open. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="146"/>
        <source>The label printer does not answer. Check that it is on and plugged in.</source>
        <translation>The label printer does not answer. Check that it is on and plugged in.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="149"/>
        <source>The label printer was not found. A shop leader can check it in the label printer settings.</source>
        <translation>The label printer was not found. A shop leader can check it in the label printer settings.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="153"/>
        <source>The label printer is out of labels. Put in a new roll.</source>
        <translation>The label printer is out of labels. Put in a new roll.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="154"/>
        <source>No label printer is set up. A shop leader can choose one in the settings.</source>
        <translation>No label printer is set up. A shop leader can choose one in the settings.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="157"/>
        <source>This computer has no printing system (CUPS) to send labels through. Choose another connection, or ask for CUPS to be installed.</source>
        <translation>This computer has no printing system (CUPS) to send labels through. Choose another connection, or ask for CUPS to be installed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="162"/>
        <source>The label printer’s cover is open. Close it firmly, then print the labels again.</source>
        <translation>The label printer’s cover is open. Close it firmly, then print the labels again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="165"/>
        <source>The label printer says it is not ready. Look for a jammed label, or switch it off and on.</source>
        <translation>The label printer says it is not ready. Look for a jammed label, or switch it off and on.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="169"/>
        <source>The label printer did not answer when asked if it was ready, so nothing was sent. Check that it is on, then print the labels again.</source>
        <translation>The label printer did not answer when asked if it was ready, so nothing was sent. Check that it is on, then print the labels again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="174"/>
        <source>The label printer stopped taking in the labels. Switch it off and on, then print them again.</source>
        <translation>The label printer stopped taking in the labels. Switch it off and on, then print them again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_printer.py" line="181"/>
        <source>The label printer could not print. Check that it is on and has labels.</source>
        <translation>The label printer could not print. Check that it is on and has labels.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_store.py" line="19"/>
        <source>Nothing was saved: the disk is full. Ask the shop leader to free some space, then try again.</source>
        <translation>Nothing was saved: the disk is full. Ask the shop leader to free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_store.py" line="23"/>
        <source>Nothing was saved: another program is using the database. Wait a moment, then try again.</source>
        <translation>Nothing was saved: another program is using the database. Wait a moment, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_store.py" line="27"/>
        <source>Nothing was saved: the database file is read-only, so nothing can be written to it. Ask the shop leader for help.</source>
        <translation>Nothing was saved: the database file is read-only, so nothing can be written to it. Ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_store.py" line="32"/>
        <source>Nothing was saved: the disk could not be read or written. Check that the disk or memory stick is in place, then try again. If it happens again, ask the shop leader for help.</source>
        <translation>Nothing was saved: the disk could not be read or written. Check that the disk or memory stick is in place, then try again. If it happens again, ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_store.py" line="37"/>
        <source>Nothing was saved: the database file is damaged. Ask the shop leader for help; the shop&apos;s data can be brought back from a backup.</source>
        <translation>Nothing was saved: the database file is damaged. Ask the shop leader for help; the shop&apos;s data can be brought back from a backup.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_store.py" line="42"/>
        <source>Nothing was saved: the database file cannot be found or opened. Check that the disk or memory stick is in place, then try again.</source>
        <translation>Nothing was saved: the database file cannot be found or opened. Check that the disk or memory stick is in place, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="29"/>
        <source>The sale is not saved: the disk is full. Do not give the customer the goods yet. Ask the shop leader to free some space, then tap Try again.</source>
        <translation>The sale is not saved: the disk is full. Do not give the customer the goods yet. Ask the shop leader to free some space, then tap Try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="34"/>
        <source>The sale is not saved: another program is using the database. Do not give the customer the goods yet. Wait a moment, then tap Try again.</source>
        <translation>The sale is not saved: another program is using the database. Do not give the customer the goods yet. Wait a moment, then tap Try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="39"/>
        <source>The sale is not saved: the database file is read-only, so nothing can be written to it. Do not give the customer the goods yet. Ask the shop leader for help, then tap Try again.</source>
        <translation>The sale is not saved: the database file is read-only, so nothing can be written to it. Do not give the customer the goods yet. Ask the shop leader for help, then tap Try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="44"/>
        <source>The sale is not saved: the disk could not be written to. Do not give the customer the goods yet. Check that the disk or memory stick is in place, then tap Try again.</source>
        <translation>The sale is not saved: the disk could not be written to. Do not give the customer the goods yet. Check that the disk or memory stick is in place, then tap Try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="49"/>
        <source>The sale is not saved: the database file is damaged. Do not give the customer the goods yet. Ask the shop leader for help; the shop&apos;s data can be brought back from a backup.</source>
        <translation>The sale is not saved: the database file is damaged. Do not give the customer the goods yet. Ask the shop leader for help; the shop&apos;s data can be brought back from a backup.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="54"/>
        <source>The sale is not saved: the database file cannot be found or opened. Do not give the customer the goods yet. Check that the disk or memory stick is in place, then tap Try again.</source>
        <translation>The sale is not saved: the database file cannot be found or opened. Do not give the customer the goods yet. Check that the disk or memory stick is in place, then tap Try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="63"/>
        <source>The sale is not saved. %1</source>
        <translation>The sale is not saved. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="65"/>
        <source>The sale is not saved: something went wrong. Do not give the customer the goods yet. Tap Try again, or ask the shop leader for help.</source>
        <translation>The sale is not saved: something went wrong. Do not give the customer the goods yet. Tap Try again, or ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="72"/>
        <source>The card payment is approved on the terminal: the customer has paid. Ask the customer to wait, and tap Try again when the fault is fixed. If the sale cannot be saved, refund the payment on the terminal, then tap Undo last payment.</source>
        <translation>The card payment is approved on the terminal: the customer has paid. Ask the customer to wait, and tap Try again when the fault is fixed. If the sale cannot be saved, refund the payment on the terminal, then tap Undo last payment.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="79"/>
        <source>The Vipps payment is received: the customer has paid. Ask the customer to wait, and tap Try again when the fault is fixed. If the sale cannot be saved, pay the money back in Vipps, then tap Undo last payment.</source>
        <translation>The Vipps payment is received: the customer has paid. Ask the customer to wait, and tap Try again when the fault is fixed. If the sale cannot be saved, pay the money back in Vipps, then tap Undo last payment.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/store_messages.py" line="86"/>
        <source>Keep the customer&apos;s cash apart until the sale is saved. If it cannot be saved, give the cash back, then tap Undo last payment.</source>
        <translation>Keep the customer&apos;s cash apart until the sale is saved. If it cannot be saved, give the cash back, then tap Undo last payment.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="607"/>
        <source>Something went wrong. Try again, or ask the shop leader for help.</source>
        <translation>Something went wrong. Try again, or ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="23"/>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="28"/>
        <source>This new price takes more off than the shop lets you give alone.</source>
        <translation>This new price takes more off than the shop lets you give alone.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="30"/>
        <source>This discount is more than the shop lets you give alone.</source>
        <translation>This discount is more than the shop lets you give alone.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="32"/>
        <source>The shop wants someone else to approve it, with their PIN and a reason.</source>
        <translation>The shop wants someone else to approve it, with their PIN and a reason.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="36"/>
        <source>A shop leader approves it with their PIN and a reason.</source>
        <translation>A shop leader approves it with their PIN and a reason.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="42"/>
        <source>Nobody here may approve this yet. Ask the administrator for help.</source>
        <translation>Nobody here may approve this yet. Ask the administrator for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="45"/>
        <source>You asked for this, so someone else must approve it: %1.</source>
        <translation>You asked for this, so someone else must approve it: %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="49"/>
        <source>%1 may not approve this. %2 can: tap that name, then type the PIN.</source>
        <translation>%1 may not approve this. %2 can: tap that name, then type the PIN.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="57"/>
        <source>The limit in per cent is a whole number from 0 to 100. Nothing was changed.</source>
        <translation>The limit in per cent is a whole number from 0 to 100. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="61"/>
        <source>The limit in kroner is an amount from 0 to %1. Nothing was changed.</source>
        <translation>The limit in kroner is an amount from 0 to %1. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_approvals.py" line="67"/>
        <source>Choose a reason or write a few words first, then approve.</source>
        <translation>Choose a reason or write a few words first, then approve.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="25"/>
        <source>No scale is set up. Type the kilos, or ask the shop leader to choose the scale in the settings.</source>
        <translation>No scale is set up. Type the kilos, or ask the shop leader to choose the scale in the settings.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="29"/>
        <source>The scale was not found. Check that its cable is in and it is switched on, then tap Weigh again. You can also type the kilos.</source>
        <translation>The scale was not found. Check that its cable is in and it is switched on, then tap Weigh again. You can also type the kilos.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="34"/>
        <source>The scale does not answer. Check that it is switched on, then tap Weigh again. You can also type the kilos.</source>
        <translation>The scale does not answer. Check that it is switched on, then tap Weigh again. You can also type the kilos.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="39"/>
        <source>The scale answers in a way the till does not understand. Ask the shop leader to check the scale settings. You can type the kilos meanwhile.</source>
        <translation>The scale answers in a way the till does not understand. Ask the shop leader to check the scale settings. You can type the kilos meanwhile.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="44"/>
        <source>The weight did not settle. Let go of the bag and keep the scale still, then tap Weigh again.</source>
        <translation>The weight did not settle. Let go of the bag and keep the scale still, then tap Weigh again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="48"/>
        <source>That is more than the scale can weigh. Weigh it in two parts, each on its own row.</source>
        <translation>That is more than the scale can weigh. Weigh it in two parts, each on its own row.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="52"/>
        <source>The scale shows less than zero. Take everything off, tap Zero the scale, then weigh again.</source>
        <translation>The scale shows less than zero. Take everything off, tap Zero the scale, then weigh again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="56"/>
        <source>The scale cannot be zeroed now. Take everything off it and wait until it is still, then tap Zero the scale.</source>
        <translation>The scale cannot be zeroed now. Take everything off it and wait until it is still, then tap Zero the scale.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="61"/>
        <source>The scale weighs in pounds. Ask the shop leader to set it to kilos. You can type the kilos meanwhile.</source>
        <translation>The scale weighs in pounds. Ask the shop leader to set it to kilos. You can type the kilos meanwhile.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="66"/>
        <source>The scale was disconnected while it was weighing. Plug it in again, then tap Weigh again. You can also type the kilos.</source>
        <translation>The scale was disconnected while it was weighing. Plug it in again, then tap Weigh again. You can also type the kilos.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="72"/>
        <source>The scale could not weigh. Type the kilos, or try again.</source>
        <translation>The scale could not weigh. Type the kilos, or try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages_scale.py" line="76"/>
        <source>The scale shows %1 kg.</source>
        <translation>The scale shows %1 kg.</translation>
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
        <translation>VAT, vouchers and the cash count</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="242"/>
        <source>Most shops keep what is filled in. You can change it later.</source>
        <translation>Most shops keep what is filled in. You can change it later.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="244"/>
        <source>The shop is registered for VAT (MVA)</source>
        <translation>The shop is registered for VAT (MVA)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="260"/>
        <source>Tick this only if the organisation is in the VAT Register; receipts then show VAT.</source>
        <translation>Tick this only if the organisation is in the VAT Register; receipts then show VAT.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="271"/>
        <source>A voucher is valid for (days)</source>
        <translation>A voucher is valid for (days)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="276"/>
        <source>How long a voucher (tilgodelapp) can be used after it is given out.</source>
        <translation>How long a voucher (tilgodelapp) can be used after it is given out.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="280"/>
        <source>Cash difference allowed at closing (kr)</source>
        <translation>Cash difference allowed at closing (kr)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="285"/>
        <source>A bigger difference needs a note and a shop leader’s approval. For example 50,00.</source>
        <translation>A bigger difference needs a note and a shop leader’s approval. For example 50,00.</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="171"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="181"/>
        <source>Give the screen to %1. Only %1 should see what is typed.</source>
        <translation>Give the screen to %1. Only %1 should see what is typed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="195"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="206"/>
        <source>%1: type your new PIN (4 to 8 digits).</source>
        <translation>%1: type your new PIN (4 to 8 digits).</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="214"/>
        <source>%1: type the same PIN once more.</source>
        <translation>%1: type the same PIN once more.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="220"/>
        <source>The two PINs were not the same. Start again with the new PIN.</source>
        <translation>The two PINs were not the same. Start again with the new PIN.</translation>
    </message>
</context>
<context>
    <name>OpenDayScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="44"/>
        <source>Open the day: count the float</source>
        <translation>Open the day: count the float</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="50"/>
        <source>Float in the drawer</source>
        <translation>Float in the drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="65"/>
        <source>Why the float differs</source>
        <translation>Why the float differs</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="75"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="77"/>
        <source>Same as last time</source>
        <translation>Same as last time</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="79"/>
        <source>Start from zero</source>
        <translation>Start from zero</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="81"/>
        <source>Open the day</source>
        <translation>Open the day</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="107"/>
        <source>The last close left %1 in the drawer. Count what is there now and change the numbers where they differ.</source>
        <translation>The last close left %1 in the drawer. Count what is there now and change the numbers where they differ.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="115"/>
        <source>Count the coins and notes in the drawer: tap + for each one, or type the number.</source>
        <translation>Count the coins and notes in the drawer: tap + for each one, or type the number.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="130"/>
        <source>Open the day with %1</source>
        <translation>Open the day with %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="137"/>
        <source>The last close left %1 in the drawer, and you have counted %2. Count once more; if it stays, write a short note on why.</source>
        <translation>The last close left %1 in the drawer, and you have counted %2. Count once more; if it stays, write a short note on why.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/open_screen.py" line="175"/>
        <source>Opening the day …</source>
        <translation>Opening the day …</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="15"/>
        <source>Parked sales</source>
        <translation>Parked sales</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="20"/>
        <source>Which sale do you want to resume?</source>
        <translation>Which sale do you want to resume?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="27"/>
        <source>Parked at %1 — %2</source>
        <translation>Parked at %1 — %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="34"/>
        <source>%1 already paid</source>
        <translation>%1 already paid</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="40"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ParkedNotice</name>
    <message>
        <location filename="../src/bruktpos/ui/day/parked_notice.py" line="68"/>
        <source>Parked with payment: %1, %2</source>
        <translation>Parked with payment: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/day/parked_notice.py" line="74"/>
        <source>%n parked sale(s) without payment stay parked after the close, and can be resumed another day.</source>
        <translation>
            <numerusform>%n parked sale(s) without payment stay parked after the close, and can be resumed another day.</numerusform>
            <numerusform>%n parked sale(s) without payment stay parked after the close, and can be resumed another day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="68"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="69"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="70"/>
        <source>Vipps</source>
        <translation>Vipps</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="71"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="79"/>
        <source>cash</source>
        <comment>in a sentence</comment>
        <translation>cash</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="80"/>
        <source>card</source>
        <comment>in a sentence</comment>
        <translation>card</translation>
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
        <translation>voucher</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="108"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="233"/>
        <source>Cash rounding</source>
        <translation>Cash rounding</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="236"/>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="238"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="239"/>
        <source>Left to pay</source>
        <translation>Left to pay</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="252"/>
        <source>Undo last payment</source>
        <translation>Undo last payment</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="255"/>
        <source>Back to the sale</source>
        <translation>Back to the sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="284"/>
        <source>What did the customer give you? Tap a note or type the amount.</source>
        <translation>What did the customer give you? Tap a note or type the amount.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="292"/>
        <source>Take cash</source>
        <translation>Take cash</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="317"/>
        <source>Scan the voucher, or type the number under its barcode.</source>
        <translation>Scan the voucher, or type the number under its barcode.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="321"/>
        <source>Voucher number</source>
        <translation>Voucher number</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="324"/>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="334"/>
        <source>Pay with the voucher</source>
        <translation>Pay with the voucher</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="354"/>
        <source>Left on the voucher: %1. Valid until %2.</source>
        <translation>Left on the voucher: %1. Valid until %2.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="367"/>
        <source>Scan the voucher first, then tap Pay.</source>
        <translation>Scan the voucher first, then tap Pay.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="380"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="394"/>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="462"/>
        <source>The customer pays to the shop’s Vipps number %1. When the customer’s phone shows the payment as done, tap the button. To split, change the amount first.</source>
        <translation>The customer pays to the shop’s Vipps number %1. When the customer’s phone shows the payment as done, tap the button. To split, change the amount first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="468"/>
        <source>The customer pays to the shop’s Vipps number. When the customer’s phone shows the payment as done, tap the button. To split, change the amount first. (An administrator can put the number in under Menu → The shop.)</source>
        <translation>The customer pays to the shop’s Vipps number. When the customer’s phone shows the payment as done, tap the button. To split, change the amount first. (An administrator can put the number in under Menu → The shop.)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="527"/>
        <source>The cash drawer is open.</source>
        <translation>The cash drawer is open.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="528"/>
        <source>Close it, then you can go on. The payment is kept.</source>
        <translation>Close it, then you can go on. The payment is kept.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="709"/>
        <source>A code was scanned. The sale is already done: press “Print receipt” on the screen.</source>
        <translation>A code was scanned. The sale is already done: press “Print receipt” on the screen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="417"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="445"/>
        <source>Key the amount into the card terminal. When it says APPROVED, tap the button. To split, change the amount first.</source>
        <translation>Key the amount into the card terminal. When it says APPROVED, tap the button. To split, change the amount first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="449"/>
        <source>Card payment approved</source>
        <translation>Card payment approved</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="452"/>
        <source>Vipps payment received</source>
        <translation>Vipps payment received</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="480"/>
        <source>Type the amount that was paid on the terminal.</source>
        <translation>Type the amount that was paid on the terminal.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="502"/>
        <source>Saving …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="557"/>
        <source>The sale is not saved</source>
        <translation>The sale is not saved</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="572"/>
        <source>Sale completed. Receipt number %1.</source>
        <translation>Sale completed. Receipt number %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="618"/>
        <source>Exact cash: %1</source>
        <translation>Exact cash: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="638"/>
        <source>Left on the voucher: %1</source>
        <translation>Left on the voucher: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="646"/>
        <source> (given %1, change %2)</source>
        <translation> (given %1, change %2)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="713"/>
        <source>A code was scanned during payment. Nothing was paid by it: tap the screen to take payment.</source>
        <translation>A code was scanned during payment. Nothing was paid by it: tap the screen to take payment.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="724"/>
        <source>Payments are already taken. Undo them first if you want to go back to the sale.</source>
        <translation>Payments are already taken. Undo them first if you want to go back to the sale.</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="56"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="62"/>
        <source>Everyone who may log in at the till. Tap a name, then what to do. Nobody is deleted: someone who stops is switched off, and their sales keep their name.</source>
        <translation>Everyone who may log in at the till. Tap a name, then what to do. Nobody is deleted: someone who stops is switched off, and their sales keep their name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="70"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="70"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="70"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="88"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="89"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="90"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="91"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="92"/>
        <location filename="../src/bruktpos/ui/admin/people.py" line="165"/>
        <location filename="../src/bruktpos/ui/admin/people.py" line="255"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="95"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="152"/>
        <source>Switched off</source>
        <translation>Switched off</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="154"/>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="156"/>
        <source>Needs a PIN (New PIN)</source>
        <translation>Needs a PIN (New PIN)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="157"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="165"/>
        <source>Activate again</source>
        <translation>Activate again</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="183"/>
        <source>%1 was not added: no PIN was chosen.</source>
        <translation>%1 was not added: no PIN was chosen.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="186"/>
        <source>%1 is added and can log in now.</source>
        <translation>%1 is added and can log in now.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="199"/>
        <source>%1 is now: %2.</source>
        <translation>%1 is now: %2.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="212"/>
        <source>%1 has a new PIN.</source>
        <translation>%1 has a new PIN.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="221"/>
        <source>%1 is unlocked and can log in again.</source>
        <translation>%1 is unlocked and can log in again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="232"/>
        <source>%1 is switched off.</source>
        <translation>%1 is switched off.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="235"/>
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="245"/>
        <source>Switch off?</source>
        <translation>Switch off?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="249"/>
        <source>Switch off %1? %1 can no longer log in or approve anything. Their sales keep their name, and you can switch them on again later.</source>
        <translation>Switch off %1? %1 can no longer log in or approve anything. Their sales keep their name, and you can switch them on again later.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people.py" line="256"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonPin</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="85"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="89"/>
        <source>Back to the list of names (Esc)</source>
        <translation>Back to the list of names (Esc)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="117"/>
        <source>Hi, %1! Type your PIN.</source>
        <translation>Hi, %1! Type your PIN.</translation>
    </message>
</context>
<context>
    <name>PiecesDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="69"/>
        <source>How many %1?</source>
        <translation>How many %1?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/count.py" line="81"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/pin_pad.py" line="60"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/pin_pad.py" line="65"/>
        <source>Type your PIN on the keys first, then tap OK.</source>
        <translation>Type your PIN on the keys first, then tap OK.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/pin_pad.py" line="92"/>
        <source>Checking your PIN …</source>
        <translation>Checking your PIN …</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="50"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PricingScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="146"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="146"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="146"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="155"/>
        <source>Register donation</source>
        <translation>Register donation</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="165"/>
        <source>Correct a donation …</source>
        <translation>Correct a donation …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="159"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="193"/>
        <source>Description (optional), e.g. “Blue wool sweater”</source>
        <translation>Description (optional), e.g. “Blue wool sweater”</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="197"/>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="202"/>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="220"/>
        <source>One label each</source>
        <translation>One label each</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="221"/>
        <source>One price tag</source>
        <translation>One price tag</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="243"/>
        <source>A4, %1 labels of %2 × %3 mm</source>
        <translation>A4, %1 labels of %2 × %3 mm</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="251"/>
        <source>start at label </source>
        <translation>start at label </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="258"/>
        <source>Print labels</source>
        <translation>Print labels</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="300"/>
        <source>The items are saved: print their labels from “Items in stock”, or on A4 sheets.</source>
        <translation>The items are saved: print their labels from “Items in stock”, or on A4 sheets.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="332"/>
        <source>Choose a category on the left.</source>
        <translation>Choose a category on the left.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="364"/>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="371"/>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="384"/>
        <source>Log in first, then register the donation.</source>
        <translation>Log in first, then register the donation.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="378"/>
        <source>The donation is registered (%1 kg). Now price the items.</source>
        <translation>The donation is registered (%1 kg). Now price the items.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="388"/>
        <source>Correcting a registered donation</source>
        <translation>Correcting a registered donation</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="390"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="396"/>
        <source>The correction is saved. The reports show the corrected kilos.</source>
        <translation>The correction is saved. The reports show the corrected kilos.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="413"/>
        <source>Choose a category on the left first.</source>
        <translation>Choose a category on the left first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="417"/>
        <source>Tap a price or type one first.</source>
        <translation>Tap a price or type one first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="420"/>
        <source>The last labels are still being made. Wait a moment.</source>
        <translation>The last labels are still being made. Wait a moment.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="449"/>
        <source>The labels are being printed on the label printer.</source>
        <translation>The labels are being printed on the label printer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="464"/>
        <source>Saving the items …</source>
        <translation>Saving the items …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="521"/>
        <source>Making the label sheet …</source>
        <translation>Making the label sheet …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="494"/>
        <source>Making the label sheet … %1 of %2</source>
        <translation>Making the label sheet … %1 of %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="514"/>
        <source>The items are saved, but the labels could not be written to %1. Ask the shop leader.</source>
        <translation>The items are saved, but the labels could not be written to %1. Ask the shop leader.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/intake/pricing.py" line="505"/>
        <source>The labels are saved in %1. Open it and print at 100 %.</source>
        <translation>The labels are saved in %1. Open it and print at 100 %.</translation>
    </message>
</context>
<context>
    <name>PrintProblem</name>
    <message>
        <location filename="../src/bruktpos/ui/till/print_problem.py" line="36"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/print_problem.py" line="71"/>
        <source>The voucher is saved, but it did not print. %1</source>
        <translation>The voucher is saved, but it did not print. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/print_problem.py" line="93"/>
        <source>The sale is saved, but the receipt did not print. %1</source>
        <translation>The sale is saved, but the receipt did not print. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/print_problem.py" line="95"/>
        <source>Receipt %1 did not print. The sale is saved. %2</source>
        <translation>Receipt %1 did not print. The sale is saved. %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/print_problem.py" line="98"/>
        <source>Receipt %1 at %2 did not print. The sale is saved. %3</source>
        <translation>Receipt %1 at %2 did not print. The sale is saved. %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/till/print_problem.py" line="105"/>
        <source>%n more receipt(s) have not printed yet.</source>
        <translation>
            <numerusform>%n more receipt(s) have not printed yet.</numerusform>
            <numerusform>%n more receipt(s) have not printed yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="119"/>
        <source>No printer yet</source>
        <translation>No printer yet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="120"/>
        <source>File (for testing)</source>
        <translation>File (for testing)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="121"/>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="122"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="123"/>
        <source>Serial port</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="124"/>
        <source>Printer set up in the computer (print queue)</source>
        <translation>Printer set up in the computer (print queue)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="139"/>
        <source>You can set up the receipt printer later, in the settings.</source>
        <translation>You can set up the receipt printer later, in the settings.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="144"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="151"/>
        <source>Receipts are written to this file instead of on paper, to try the till out.</source>
        <translation>Receipts are written to this file instead of on paper, to try the till out.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="152"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="164"/>
        <source>The printer’s address on the shop’s network. The port is nearly always 9100.</source>
        <translation>The printer’s address on the shop’s network. The port is nearly always 9100.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="165"/>
        <source>Address</source>
        <translation>Address</translation>
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
        <translation>The two numbers the computer shows for the printer, for example 04b8 and 0202.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="177"/>
        <source>Vendor ID</source>
        <translation>Vendor ID</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="177"/>
        <source>Product ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="186"/>
        <source>The serial port the printer is plugged into.</source>
        <translation>The serial port the printer is plugged into.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="197"/>
        <source>A printer the computer already knows. Choose it, or type its name.</source>
        <translation>A printer the computer already knows. Choose it, or type its name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="198"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="271"/>
        <source>Type the name of the file for the receipts.</source>
        <translation>Type the name of the file for the receipts.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="273"/>
        <source>Type the printer’s address, for example 192.168.1.50.</source>
        <translation>Type the printer’s address, for example 192.168.1.50.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="275"/>
        <source>Type both numbers with 1 to 4 digits or letters a–f, for example 04b8 and 0202.</source>
        <translation>Type both numbers with 1 to 4 digits or letters a–f, for example 04b8 and 0202.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="277"/>
        <source>Type the serial port, for example /dev/ttyUSB0 or COM1.</source>
        <translation>Type the serial port, for example /dev/ttyUSB0 or COM1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="279"/>
        <source>Choose the printer, or type its name.</source>
        <translation>Choose the printer, or type its name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="322"/>
        <source>File for the receipts</source>
        <translation>File for the receipts</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="462"/>
        <source>The receipt printer</source>
        <translation>The receipt printer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="463"/>
        <source>How is the receipt printer connected? You can change this later.</source>
        <translation>How is the receipt printer connected? You can change this later.</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="58"/>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="72"/>
        <source>Pin 2 (most drawers)</source>
        <translation>Pin 2 (most drawers)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="73"/>
        <source>Pin 5</source>
        <translation>Pin 5</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="75"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="76"/>
        <source>Letters (code page)</source>
        <translation>Letters (code page)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="77"/>
        <source>Cash drawer</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="89"/>
        <source>Ask the printer if it has paper and its cover is shut, before and after each receipt</source>
        <translation>Ask the printer if it has paper and its cover is shut, before and after each receipt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="108"/>
        <source>Ask the printer</source>
        <translation>Ask the printer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="110"/>
        <source>Print a sample</source>
        <translation>Print a sample</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="126"/>
        <source>The sample was sent to the printer.</source>
        <translation>The sample was sent to the printer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="174"/>
        <source>80 mm (42 characters)</source>
        <translation>80 mm (42 characters)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="175"/>
        <source>58 mm (32 characters)</source>
        <translation>58 mm (32 characters)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="214"/>
        <source>Asking the printer …</source>
        <translation>Asking the printer …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="224"/>
        <source>Printing a sample …</source>
        <translation>Printing a sample …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="106"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="112"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="165"/>
        <source>These settings do not work. Check the address and the numbers, then try again.</source>
        <translation>These settings do not work. Check the address and the numbers, then try again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="177"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n characters</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="187"/>
        <source>%1 (the usual one)</source>
        <translation>%1 (the usual one)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="196"/>
        <source>A printer through the computer’s print queue cannot tell the till whether it has paper or its cover is open; the till only knows that the queue took the receipt. If a receipt does not come out, look at the printer, then print it again from the sale.</source>
        <translation>A printer through the computer’s print queue cannot tell the till whether it has paper or its cover is open; the till only knows that the queue took the receipt. If a receipt does not come out, look at the printer, then print it again from the sale.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="201"/>
        <source>A file cannot answer, so the till does not ask it.</source>
        <translation>A file cannot answer, so the till does not ask it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="212"/>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="222"/>
        <source>Choose a connection first.</source>
        <translation>Choose a connection first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="236"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="85"/>
        <source>For example Kaffe or Vaffel</source>
        <translation>For example Kaffe or Vaffel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="88"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="92"/>
        <source>kroner, for example 25 or 49,50</source>
        <translation>kroner, for example 25 or 49,50</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="95"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="109"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="112"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="115"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="119"/>
        <source>optional: scan the product&apos;s barcode here</source>
        <translation>optional: scan the product&apos;s barcode here</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="122"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="125"/>
        <source>Keep a stock count (deliveries in, sales out)</source>
        <translation>Keep a stock count (deliveries in, sales out)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="126"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="134"/>
        <source>The price is in kroner, for example 25 or 49,50. VAT “as the category” follows the category, also when its VAT is changed later.</source>
        <translation>The price is in kroner, for example 25 or 49,50. VAT “as the category” follows the category, also when its VAT is changed later.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="138"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="138"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="148"/>
        <source>As the category: %1</source>
        <translation>As the category: %1</translation>
    </message>
</context>
<context>
    <name>ProductTile</name>
    <message>
        <location filename="../src/bruktpos/ui/till/tiles.py" line="96"/>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="184"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="186"/>
        <source>The café&apos;s menu and new goods: the till&apos;s fixed-price buttons, in their order. Tap a product, then what to do. A product that stops is retired; its sales stay.</source>
        <translation>The café&apos;s menu and new goods: the till&apos;s fixed-price buttons, in their order. Tap a product, then what to do. A product that stops is retired; its sales stay.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="190"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="191"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="192"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="193"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="194"/>
        <source>Stock count</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="195"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="201"/>
        <source>Categories …</source>
        <translation>Categories …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="205"/>
        <location filename="../src/bruktpos/ui/admin/products.py" line="241"/>
        <source>Add a product</source>
        <translation>Add a product</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="216"/>
        <source>%1 (the category&apos;s)</source>
        <translation>%1 (the category&apos;s)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="218"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="218"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="237"/>
        <source>Add a category first: every product belongs to one.</source>
        <translation>Add a category first: every product belongs to one.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="247"/>
        <source>%1 is added. It is on the till now.</source>
        <translation>%1 is added. It is on the till now.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="258"/>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="264"/>
        <source>%1 is saved.</source>
        <translation>%1 is saved.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="284"/>
        <source>Retire %1? Its button leaves the till. Its sales and stock count stay, and you can bring it back later.</source>
        <translation>Retire %1? Its button leaves the till. Its sales and stock count stay, and you can bring it back later.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="289"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="293"/>
        <source>%1 is retired.</source>
        <translation>%1 is retired.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/products.py" line="296"/>
        <source>%1 is back on the till, last.</source>
        <translation>%1 is back on the till, last.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="156"/>
        <source>A reason</source>
        <translation>A reason</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="169"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="172"/>
        <source>Give it</source>
        <translation>Give it</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="57"/>
        <source>Why? Tap a reason or write a few words:</source>
        <translation>Why? Tap a reason or write a few words:</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="65"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="66"/>
        <source>Something missing</source>
        <translation>Something missing</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="67"/>
        <source>Wrong price on the label</source>
        <translation>Wrong price on the label</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="68"/>
        <source>Goodwill</source>
        <translation>Goodwill</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/approval.py" line="83"/>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
</context>
<context>
    <name>ReceiptDesk</name>
    <message>
        <location filename="../src/bruktpos/ui/printing.py" line="230"/>
        <source>BruktPOS was closed before it printed. Press “Print again” to print it now.</source>
        <translation>BruktPOS was closed before it printed. Press “Print again” to print it now.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/printing.py" line="245"/>
        <source>It did not print earlier. Press “Print again” to print it now.</source>
        <translation>It did not print earlier. Press “Print again” to print it now.</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="315"/>
        <source>The receipt’s own texts</source>
        <translation>The receipt’s own texts</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="316"/>
        <source>Up to 4 short lines each. You can change them later.</source>
        <translation>Up to 4 short lines each. You can change them later.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="319"/>
        <source>For example: Open Tuesday to Saturday 10–16</source>
        <translation>For example: Open Tuesday to Saturday 10–16</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="322"/>
        <source>At the top</source>
        <translation>At the top</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="326"/>
        <source>Under the shop’s name and address, for example the opening hours.</source>
        <translation>Under the shop’s name and address, for example the opening hours.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="329"/>
        <source>At the bottom</source>
        <translation>At the bottom</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="330"/>
        <source>For example “Takk for handelen!”.</source>
        <translation>For example “Takk for handelen!”.</translation>
    </message>
</context>
<context>
    <name>RecountArea</name>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="43"/>
        <source>Counted wrong the first time</source>
        <translation>Counted wrong the first time</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="43"/>
        <source>A note was stuck to another</source>
        <translation>A note was stuck to another</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="51"/>
        <source>Why the count changed</source>
        <translation>Why the count changed</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="68"/>
        <source>The second person approves the new count when you tap Next.</source>
        <translation>The second person approves the new count when you tap Next.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="70"/>
        <source>A shop leader approves the new count when you tap Next.</source>
        <translation>A shop leader approves the new count when you tap Next.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="83"/>
        <source>This is the count the till has stored: %1. Counting again now, after the till showed what it expected, needs someone to approve the new count.</source>
        <translation>This is the count the till has stored: %1. Counting again now, after the till showed what it expected, needs someone to approve the new count.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="92"/>
        <source>The stored count was %1; this one is %2. Write a short note on why it changed.</source>
        <translation>The stored count was %1; this one is %2. Write a short note on why it changed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/recount.py" line="101"/>
        <source>The amount is the same as the stored count, with other coins and notes.</source>
        <translation>The amount is the same as the stored count, with other coins and notes.</translation>
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
        <translation>Which register is this PC?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/register_choice.py" line="45"/>
        <source>Each register has its own receipt numbers, its own day and its own Z report. Tap the one this PC is. The PC remembers it, so you are asked only once.</source>
        <translation>Each register has its own receipt numbers, its own day and its own Z report. Tap the one this PC is. The PC remembers it, so you are asked only once.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/register_choice.py" line="70"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>RegistersScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="76"/>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="82"/>
        <source>Each register has its own receipt numbers, its own day and Z report, and its own signing key. A register is never removed: its receipts and reports keep its name.</source>
        <translation>Each register has its own receipt numbers, its own day and Z report, and its own signing key. A register is never removed: its receipts and reports keep its name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="90"/>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="118"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="90"/>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="119"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="90"/>
        <source>This PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="103"/>
        <source>This PC is this register</source>
        <translation>This PC is this register</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="111"/>
        <source>A new register</source>
        <translation>A new register</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="117"/>
        <source>Kasse 2</source>
        <translation>Kasse 2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="118"/>
        <source>Short, on receipts: K2, KAFE.</source>
        <translation>Short, on receipts: K2, KAFE.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="119"/>
        <source>What people call it: Kasse 2, Kafé.</source>
        <translation>What people call it: Kasse 2, Kafé.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="120"/>
        <source>Add the register</source>
        <translation>Add the register</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="132"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="160"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="162"/>
        <source>From the next start</source>
        <translation>From the next start</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="212"/>
        <source>%1 (%2) is added, with its own receipt numbers. On the PC that will be %1, start BruktPOS and tap %1.</source>
        <translation>%1 (%2) is added, with its own receipt numbers. On the PC that will be %1, start BruktPOS and tap %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="231"/>
        <source>This PC could not save its choice. Try again.</source>
        <translation>This PC could not save its choice. Try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="235"/>
        <source>This PC is %1.</source>
        <translation>This PC is %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/registers.py" line="238"/>
        <source>From the next start this PC is %1. Quit BruktPOS and start it again to use it now.</source>
        <translation>From the next start this PC is %1. Quit BruktPOS and start it again to use it now.</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../src/bruktpos/ui/day/report_view.py" line="37"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/report_view.py" line="37"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/report_view.py" line="37"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="218"/>
        <source>Reports for %1</source>
        <translation>Reports for %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="221"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="222"/>
        <source>Save CSV</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="223"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="233"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="234"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="235"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="242"/>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="249"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="251"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="259"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="264"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="273"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="274"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="287"/>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="275"/>
        <source>Average per receipt</source>
        <translation>Average per receipt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="276"/>
        <source>Kilos received</source>
        <translation>Kilos received</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="282"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="288"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="291"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="282"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="288"/>
        <source>Pieces</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="282"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="283"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="285"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="287"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="283"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="283"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="285"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="285"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="285"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="287"/>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="288"/>
        <source>Kilos</source>
        <translation>Kilos</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="292"/>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="293"/>
        <source>Median days</source>
        <translation>Median days</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="294"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="295"/>
        <source>Of those sold</source>
        <translation>Of those sold</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="296"/>
        <source>Share sold</source>
        <translation>Share sold</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="303"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="304"/>
        <source>Café and shop</source>
        <translation>Café and shop</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="305"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="306"/>
        <source>By hour</source>
        <translation>By hour</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="307"/>
        <source>Donations</source>
        <translation>Donations</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="308"/>
        <source>Sell-through</source>
        <translation>Sell-through</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="321"/>
        <source>Only a shop leader can see the reports.</source>
        <translation>Only a shop leader can see the reports.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="388"/>
        <source>Week %1: %2–%3</source>
        <translation>Week %1: %2–%3</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="443"/>
        <source>The file could not be saved (%1). Check the folder and that the disk has room, then try again.</source>
        <translation>The file could not be saved (%1). Check the folder and that the disk has room, then try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="449"/>
        <source>The report could not be read. Try again; if it keeps failing, restart BruktPOS.</source>
        <translation>The report could not be read. Try again; if it keeps failing, restart BruktPOS.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="461"/>
        <source>Nothing was sold or received in this period.</source>
        <translation>Nothing was sold or received in this period.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="475"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="501"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="520"/>
        <source>Total</source>
        <translation>Total</translation>
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
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="487"/>
        <source>Café</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="523"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="542"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="543"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="544"/>
        <source>Vipps</source>
        <translation>Vipps</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="545"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="557"/>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="568"/>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="562"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="588"/>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="588"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="592"/>
        <source>Save the report as CSV</source>
        <translation>Save the report as CSV</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="592"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="603"/>
        <source>The figures are still being read. Try again in a moment.</source>
        <translation>The figures are still being read. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="616"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/reports/screen.py" line="620"/>
        <source>The report was saved as %1.</source>
        <translation>The report was saved as %1.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="76"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="107"/>
        <source>Return: find the sale</source>
        <translation>Return: find the sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="112"/>
        <source>Type the receipt number from the customer’s receipt, or scan one of the items.</source>
        <translation>Type the receipt number from the customer’s receipt, or scan one of the items.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="120"/>
        <source>Receipt number or item code</source>
        <translation>Receipt number or item code</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="123"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="133"/>
        <location filename="../src/bruktpos/ui/till/returns.py" line="198"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="157"/>
        <source>Type the receipt number, or scan an item from the sale.</source>
        <translation>Type the receipt number, or scan an item from the sale.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="176"/>
        <source>Tick what the customer brings back.</source>
        <translation>Tick what the customer brings back.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="180"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="180"/>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="180"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="180"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="201"/>
        <source>Find another sale</source>
        <translation>Find another sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="209"/>
        <source>Give a voucher (store credit)</source>
        <translation>Give a voucher (store credit)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="224"/>
        <source>Receipt %1 · till %2 · %3 · %4, paid by %5</source>
        <translation>Receipt %1 · till %2 · %3 · %4, paid by %5</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="235"/>
        <source>Pay back as paid (%1)</source>
        <translation>Pay back as paid (%1)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="235"/>
        <source>Pay back as paid</source>
        <translation>Pay back as paid</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="252"/>
        <source>(already returned)</source>
        <translation>(already returned)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="269"/>
        <source>Everything on receipt %1 has already been returned.</source>
        <translation>Everything on receipt %1 has already been returned.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="303"/>
        <source>To give back: %1</source>
        <translation>To give back: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="313"/>
        <source>Tick what the customer brings back first.</source>
        <translation>Tick what the customer brings back first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="317"/>
        <source>A return</source>
        <translation>A return</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="319"/>
        <source>Nothing was returned.</source>
        <translation>Nothing was returned.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="362"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="374"/>
        <source>Give back</source>
        <translation>Give back</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="377"/>
        <source>Voucher printed</source>
        <translation>Voucher printed</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="386"/>
        <source>Take %1 from the drawer and give it to the customer.</source>
        <translation>Take %1 from the drawer and give it to the customer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="391"/>
        <source>Refund %1 to the card on the card terminal.</source>
        <translation>Refund %1 to the card on the card terminal.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="394"/>
        <source>Refund %1 to the customer in Vipps.</source>
        <translation>Refund %1 to the customer in Vipps.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="399"/>
        <source>A voucher for %1 (number %2, valid until %3) is printing. Give it to the customer.</source>
        <translation>A voucher for %1 (number %2, valid until %3) is printing. Give it to the customer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="406"/>
        <source>Return receipt number %1.</source>
        <translation>Return receipt number %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/returns.py" line="453"/>
        <source>A code was scanned. Nothing was given back by it: choose on the screen.</source>
        <translation>A code was scanned. Nothing was given back by it: choose on the screen.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="130"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="133"/>
        <source>Which role should %1 have?</source>
        <translation>Which role should %1 have?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="141"/>
        <source>A cashier sells. A shop leader also approves refunds and price changes, opens and closes the day and looks after people. An administrator may do all of that and change the administrators.</source>
        <translation>A cashier sells. A shop leader also approves refunds and price changes, opens and closes the day and looks after people. An administrator may do all of that and change the administrators.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="150"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/people_dialogs.py" line="150"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SaftExportDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="75"/>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="86"/>
        <source>SAF-T file for the tax office</source>
        <translation>SAF-T file for the tax office</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="92"/>
        <source>One file with the sales, returns and journal of every register for the days you choose, in the form the tax office asks for (SAF-T Cash Register). The registers&apos; keys for checking the signatures are saved beside it.</source>
        <translation>One file with the sales, returns and journal of every register for the days you choose, in the form the tax office asks for (SAF-T Cash Register). The registers&apos; keys for checking the signatures are saved beside it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="103"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="103"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="109"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="112"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="123"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="125"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="150"/>
        <source>Save the SAF-T file</source>
        <translation>Save the SAF-T file</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="150"/>
        <source>XML files (*.xml)</source>
        <translation>XML files (*.xml)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="158"/>
        <source>The last day is before the first. Choose the dates again.</source>
        <translation>The last day is before the first. Choose the dates again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="162"/>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="182"/>
        <source>Exporting …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="195"/>
        <source>Saved %1: %2 receipts and %3 journal events. The keys for checking it are beside it.</source>
        <translation>Saved %1: %2 receipts and %3 journal events. The keys for checking it are beside it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="203"/>
        <source>Register %1 signs with a secret code, which is never saved in a file: if the tax office asks for it, ask the administrator.</source>
        <translation>Register %1 signs with a secret code, which is never saved in a file: if the tax office asks for it, ask the administrator.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="223"/>
        <source>The file could not be made, and nothing was saved. Try again, or ask for help.</source>
        <translation>The file could not be made, and nothing was saved. Try again, or ask for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/saft_export.py" line="233"/>
        <source>Exporting the SAF-T file</source>
        <translation>Exporting the SAF-T file</translation>
    </message>
</context>
<context>
    <name>SalesChart</name>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="74"/>
        <source>Net sales per shop (kr)</source>
        <translation>Net sales per shop (kr)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/coordinator/charts.py" line="85"/>
        <source>Other shops (%1)</source>
        <translation>Other shops (%1)</translation>
    </message>
</context>
<context>
    <name>ScaleSettingsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="60"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="65"/>
        <source>A scale on a serial or USB port fills the donation’s kilos when Weigh is tapped. Most counter scales speak Toledo 8217 or SMA: the scale’s own menu says which, and its speed. Set the scale to kilos.</source>
        <translation>A scale on a serial or USB port fills the donation’s kilos when Weigh is tapped. Most counter scales speak Toledo 8217 or SMA: the scale’s own menu says which, and its speed. Set the scale to kilos.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="78"/>
        <source>For example /dev/ttyUSB0 on Linux or COM3 on Windows; empty: no scale</source>
        <translation>For example /dev/ttyUSB0 on Linux or COM3 on Windows; empty: no scale</translation>
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
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="98"/>
        <source>Speed (baud)</source>
        <translation>Speed (baud)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="101"/>
        <source>The protocol’s usual (7E1 for Toledo, 8N1 for SMA)</source>
        <translation>The protocol’s usual (7E1 for Toledo, 8N1 for SMA)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="104"/>
        <source>Data format</source>
        <translation>Data format</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="117"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="119"/>
        <source>Test: show the weight</source>
        <translation>Test: show the weight</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="121"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="148"/>
        <source>No scale</source>
        <translation>No scale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="180"/>
        <source>Choose the port the scale is on first.</source>
        <translation>Choose the port the scale is on first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="182"/>
        <source>Reading the scale … put something on it to see the weight change.</source>
        <translation>Reading the scale … put something on it to see the weight change.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="195"/>
        <source>Saved. Weigh on the donation screen reads this scale.</source>
        <translation>Saved. Weigh on the donation screen reads this scale.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="197"/>
        <source>Saved. Kilos are typed by hand.</source>
        <translation>Saved. Kilos are typed by hand.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="206"/>
        <source>The scale is moving …</source>
        <translation>The scale is moving …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="209"/>
        <source>%1 (moving)</source>
        <translation>%1 (moving)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/scale_settings.py" line="212"/>
        <source>The scale answers. Save to use it on the donation screen.</source>
        <translation>The scale answers. Save to use it on the donation screen.</translation>
    </message>
</context>
<context>
    <name>SecondCounterDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/day/second_counter.py" line="26"/>
        <source>A second person confirms the count</source>
        <translation>A second person confirms the count</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/second_counter.py" line="30"/>
        <source>This shop wants a second person to check the count. Count again together, then confirm.</source>
        <translation>This shop wants a second person to check the count. Count again together, then confirm.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/second_counter.py" line="32"/>
        <source>Second person: tap your name, then type your PIN.</source>
        <translation>Second person: tap your name, then type your PIN.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/second_counter.py" line="33"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="542"/>
        <source>Set up BruktPOS</source>
        <translation>Set up BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="545"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="546"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="547"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="548"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="617"/>
        <source>This database already has a shop. Close this window and start BruktPOS again.</source>
        <translation>This database already has a shop. Close this window and start BruktPOS again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="619"/>
        <source>Some of the facts were not accepted. Tap Back and check each page.</source>
        <translation>Some of the facts were not accepted. Tap Back and check each page.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="626"/>
        <source>The shop could not be saved. Check that the disk is not full, then tap Finish again.</source>
        <translation>The shop could not be saved. Check that the disk is not full, then tap Finish again.</translation>
    </message>
</context>
<context>
    <name>ShopDetailsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="72"/>
        <source>The shop</source>
        <translation>The shop</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="96"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="101"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="112"/>
        <source>Name and address</source>
        <translation>Name and address</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="122"/>
        <source>The shop is registered for VAT (MVA)</source>
        <translation>The shop is registered for VAT (MVA)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="124"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="125"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="125"/>
        <source>On labels and in the till.</source>
        <translation>On labels and in the till.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="126"/>
        <source>Org. number</source>
        <translation>Org. number</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="127"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="132"/>
        <source>Postcode, city</source>
        <translation>Postcode, city</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="133"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="133"/>
        <source>Printed on receipts.</source>
        <translation>Printed on receipts.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="145"/>
        <source>The receipt</source>
        <translation>The receipt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="147"/>
        <source>For example the opening hours</source>
        <translation>For example the opening hours</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="151"/>
        <source>At the top</source>
        <translation>At the top</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="151"/>
        <source>Up to 4 short lines under the shop’s name.</source>
        <translation>Up to 4 short lines under the shop’s name.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="153"/>
        <source>At the bottom</source>
        <translation>At the bottom</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="154"/>
        <source>Vouchers and closing</source>
        <translation>Vouchers and closing</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="159"/>
        <source>Voucher (days)</source>
        <translation>Voucher (days)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="159"/>
        <source>How long a voucher can be used.</source>
        <translation>How long a voucher can be used.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="161"/>
        <source>Difference (kr)</source>
        <translation>Difference (kr)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="163"/>
        <source>A bigger difference at closing needs a note and a shop leader.</source>
        <translation>A bigger difference at closing needs a note and a shop leader.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="168"/>
        <source>Vipps number</source>
        <translation>Vipps number</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="170"/>
        <source>Shown at the till when a customer pays with Vipps.</source>
        <translation>Shown at the till when a customer pays with Vipps.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="206"/>
        <source>Only if the organisation is in the VAT Register.</source>
        <translation>Only if the organisation is in the VAT Register.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="209"/>
        <source>The day of %1 is open at till %2: this can change after its Z report.</source>
        <translation>The day of %1 is open at till %2: this can change after its Z report.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="240"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/shop_details.py" line="248"/>
        <source>Saved. The next receipt shows the shop’s details as they are now.</source>
        <translation>Saved. The next receipt shows the shop’s details as they are now.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="141"/>
        <source>The shop</source>
        <translation>The shop</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="142"/>
        <source>This is printed on every receipt.</source>
        <translation>This is printed on every receipt.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="148"/>
        <source>The same as the name</source>
        <translation>The same as the name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="168"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="169"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="170"/>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="172"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="173"/>
        <source>Postcode and city</source>
        <translation>Postcode and city</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="174"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="177"/>
        <source>Printed on receipts, so customers can call. May be left empty.</source>
        <translation>Printed on receipts, so customers can call. May be left empty.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="192"/>
        <source>An organisation number has only digits.</source>
        <translation>An organisation number has only digits.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="194"/>
        <source>An organisation number has 9 digits.</source>
        <translation>An organisation number has 9 digits.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="196"/>
        <source>This is not a valid organisation number. Check each digit and try again.</source>
        <translation>This is not a valid organisation number. Check each digit and try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="201"/>
        <source>Type the shop’s name to go on.</source>
        <translation>Type the shop’s name to go on.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="205"/>
        <source>Type the organisation number, all 9 digits, to go on.</source>
        <translation>Type the organisation number, all 9 digits, to go on.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="207"/>
        <source>A postcode has 4 digits.</source>
        <translation>A postcode has 4 digits.</translation>
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
        <translation>Create a new shop here</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="80"/>
        <source>Create a new shop …</source>
        <translation>Create a new shop …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="81"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="82"/>
        <source>Choose another file</source>
        <translation>Choose another file</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="83"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="125"/>
        <source>There is no shop here</source>
        <translation>There is no shop here</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="127"/>
        <source>The shop database cannot be updated yet</source>
        <translation>The shop database cannot be updated yet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="128"/>
        <source>BruktPOS cannot open this file</source>
        <translation>BruktPOS cannot open this file</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="140"/>
        <source>Another program is using the shop database right now. Close other BruktPOS windows, wait a moment, then tap Try again.</source>
        <translation>Another program is using the shop database right now. Close other BruktPOS windows, wait a moment, then tap Try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="144"/>
        <source>The disk is full, so BruktPOS cannot open the shop database. Make room on the disk, then tap Try again.</source>
        <translation>The disk is full, so BruktPOS cannot open the shop database. Make room on the disk, then tap Try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="148"/>
        <source>The shop database cannot be written to: the file or its folder is read-only. Ask the person who looks after this PC for help, then tap Try again.</source>
        <translation>The shop database cannot be written to: the file or its folder is read-only. Ask the person who looks after this PC for help, then tap Try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="152"/>
        <source>The disk could not be read or written. Check that it is plugged in, then tap Try again.</source>
        <translation>The disk could not be read or written. Check that it is plugged in, then tap Try again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="155"/>
        <source>The shop database is damaged, so BruktPOS cannot open it. Choose a backup copy, or ask for help.</source>
        <translation>The shop database is damaged, so BruktPOS cannot open it. Choose a backup copy, or ask for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="159"/>
        <source>BruktPOS cannot open this file. Check that it is there and may be read, or choose another file.</source>
        <translation>BruktPOS cannot open this file. Check that it is there and may be read, or choose another file.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="209"/>
        <source>Choose the shop database</source>
        <translation>Choose the shop database</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="211"/>
        <location filename="../src/bruktpos/ui/start_problem.py" line="220"/>
        <source>Shop databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Shop databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/start_problem.py" line="218"/>
        <source>Where should the new shop be saved?</source>
        <translation>Where should the new shop be saved?</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="55"/>
        <source>%1 in stock</source>
        <translation>%1 in stock</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="130"/>
        <source>Café and new goods in stock</source>
        <translation>Café and new goods in stock</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="133"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="158"/>
        <source>Goods received</source>
        <translation>Goods received</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="169"/>
        <source>How many came in</source>
        <translation>How many came in</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="209"/>
        <source>No product keeps a stock count. A shop leader can switch it on for café and new goods.</source>
        <translation>No product keeps a stock count. A shop leader can switch it on for café and new goods.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="236"/>
        <source>Tap the product that came in first.</source>
        <translation>Tap the product that came in first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="239"/>
        <source>Type how many came in on the keypad.</source>
        <translation>Type how many came in on the keypad.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="242"/>
        <source>Log in first.</source>
        <translation>Log in first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="259"/>
        <source>%1 × %2 counted in. Now %3.</source>
        <translation>%1 × %2 counted in. Now %3.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="277"/>
        <source>Tap a product in the list.</source>
        <translation>Tap a product in the list.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="279"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="291"/>
        <source>Add %1 × %2 to the stock</source>
        <translation>Add %1 × %2 to the stock</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="293"/>
        <source>Add to the stock</source>
        <translation>Add to the stock</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="66"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="66"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="66"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/inventory/stock.py" line="66"/>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../src/bruktpos/ui/day/z_summary.py" line="50"/>
        <source>After the Z report this day is closed for good: no sale, count or figure of it can change.</source>
        <translation>After the Z report this day is closed for good: no sale, count or figure of it can change.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_summary.py" line="58"/>
        <source>Take the Z report?</source>
        <translation>Take the Z report?</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_summary.py" line="62"/>
        <source>Close the day of %1 with a Z report? Nothing from this day can be changed afterwards.</source>
        <translation>Close the day of %1 with a Z report? Nothing from this day can be changed afterwards.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_summary.py" line="67"/>
        <source>Take Z report</source>
        <translation>Take Z report</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_summary.py" line="68"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="67"/>
        <source>● Not accepted by the hub</source>
        <translation>● Not accepted by the hub</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="75"/>
        <source>● Sent %1</source>
        <translation>● Sent %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="75"/>
        <source>● Sent</source>
        <translation>● Sent</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="77"/>
        <source>● Waiting (%1)</source>
        <translation>● Waiting (%1)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="79"/>
        <source>● Not sent for 2 days</source>
        <translation>● Not sent for 2 days</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="82"/>
        <source>Closed days are sent to the chapter&apos;s hub as shop %1.</source>
        <translation>Closed days are sent to the chapter&apos;s hub as shop %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="83"/>
        <source>Last sent: %1</source>
        <translation>Last sent: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="83"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="86"/>
        <source>Days waiting to be sent: %1</source>
        <translation>Days waiting to be sent: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="89"/>
        <source>The last try, %1, did not get through.</source>
        <translation>The last try, %1, did not get through.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="94"/>
        <source>Next try after %1.</source>
        <translation>Next try after %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="95"/>
        <source>They are sent by themselves when the hub can be reached again.</source>
        <translation>They are sent by themselves when the hub can be reached again.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="97"/>
        <source>Nothing has got through for two days: ask the person who runs the hub.</source>
        <translation>Nothing has got through for two days: ask the person who runs the hub.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="116"/>
        <source>Closed days waiting here: %1. They are not lost.</source>
        <translation>Closed days waiting here: %1. They are not lost.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="120"/>
        <source>The hub did not accept the days: its address is for shop %1, but this till sends as shop %2. A leader sets the shop code to %1 under Set-up → Chapter hub, or asks the chapter for this shop&apos;s own address.</source>
        <translation>The hub did not accept the days: its address is for shop %1, but this till sends as shop %2. A leader sets the shop code to %1 under Set-up → Chapter hub, or asks the chapter for this shop&apos;s own address.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/sync_status.py" line="127"/>
        <source>The hub did not accept the days: another PC already sends as shop %1. If this shop has moved to this PC, ask the person who runs the hub to move shop %1 here. If this is another shop, a leader types the code the chapter gave it under Set-up → Chapter hub.</source>
        <translation>The hub did not accept the days: another PC already sends as shop %1. If this shop has moved to this PC, ask the person who runs the hub to move shop %1 here. If this is another shop, a leader types the code the chapter gave it under Set-up → Chapter hub.</translation>
    </message>
</context>
<context>
    <name>TerminalsStep</name>
    <message>
        <location filename="../src/bruktpos/ui/day/terminals.py" line="44"/>
        <source>Card terminal: batch total</source>
        <translation>Card terminal: batch total</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/terminals.py" line="45"/>
        <source>Vipps: settlement for the day</source>
        <translation>Vipps: settlement for the day</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/terminals.py" line="102"/>
        <source>not typed yet</source>
        <translation>not typed yet</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/terminals.py" line="104"/>
        <source>The till has %1.</source>
        <translation>The till has %1.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/terminals.py" line="108"/>
        <source>They agree.</source>
        <translation>They agree.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/terminals.py" line="110"/>
        <source>Difference: %1.</source>
        <translation>Difference: %1.</translation>
    </message>
</context>
<context>
    <name>TillController</name>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="169"/>
        <source>Something went wrong, and nothing was saved. Try again, or ask the shop leader for help.</source>
        <translation>Something went wrong, and nothing was saved. Try again, or ask the shop leader for help.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="217"/>
        <location filename="../src/bruktpos/ui/till/controller.py" line="363"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="252"/>
        <source>This voucher has %1 left. Scan the items first, then the voucher to pay.</source>
        <translation>This voucher has %1 left. Scan the items first, then the voucher to pay.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="273"/>
        <source>%1: the stock count shows %2. The sale goes ahead; tell a shop leader.</source>
        <translation>%1: the stock count shows %2. The sale goes ahead; tell a shop leader.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="299"/>
        <location filename="../src/bruktpos/ui/till/controller.py" line="315"/>
        <location filename="../src/bruktpos/ui/till/controller.py" line="324"/>
        <source>A discount beyond the shop’s limit</source>
        <translation>A discount beyond the shop’s limit</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="306"/>
        <source>Lowering a quantity after payment has started</source>
        <translation>Lowering a quantity after payment has started</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="333"/>
        <source>A new price beyond the shop’s limit</source>
        <translation>A new price beyond the shop’s limit</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="377"/>
        <location filename="../src/bruktpos/ui/till/controller.py" line="388"/>
        <source>Removing a line after payment has started</source>
        <translation>Removing a line after payment has started</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="440"/>
        <source>The cash payment of %1 is undone. Give %1 back to the customer from the drawer.</source>
        <translation>The cash payment of %1 is undone. Give %1 back to the customer from the drawer.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="444"/>
        <source>The voucher payment of %1 is undone. The voucher keeps what was on it.</source>
        <translation>The voucher payment of %1 is undone. The voucher keeps what was on it.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="447"/>
        <source>The payment of %1 is undone. Give it back to the customer as a refund on the terminal.</source>
        <translation>The payment of %1 is undone. Give it back to the customer as a refund on the terminal.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="528"/>
        <source>The sale is parked. Resume it under Parked sales.</source>
        <translation>The sale is parked. Resume it under Parked sales.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="572"/>
        <source>Finish or park the sale on the screen first, then resume the parked one.</source>
        <translation>Finish or park the sale on the screen first, then resume the parked one.</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="134"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="189"/>
        <source>Saving …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="171"/>
        <source>One fewer (F5)</source>
        <translation>One fewer (F5)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="174"/>
        <source>One more (F6)</source>
        <translation>One more (F6)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="176"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="178"/>
        <source>New price</source>
        <translation>New price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="180"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="210"/>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="341"/>
        <source>Park sale</source>
        <translation>Park sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="224"/>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="131"/>
        <source>Scan, or type the item code</source>
        <translation>Scan, or type the item code</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="226"/>
        <source>Pay (F12)</source>
        <translation>Pay (F12)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="228"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="230"/>
        <source>Take goods back: refund or voucher (F10)</source>
        <translation>Take goods back: refund or voucher (F10)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="248"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="250"/>
        <source>Café</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="350"/>
        <source>Parked sales (%1)</source>
        <translation>Parked sales (%1)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="474"/>
        <source>Returns cannot be taken in training mode. Switch it off first.</source>
        <translation>Returns cannot be taken in training mode. Switch it off first.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="478"/>
        <source>Finish the sale on the screen first, then take the return.</source>
        <translation>Finish the sale on the screen first, then take the return.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="489"/>
        <source>Return %1 is saved. The return receipt is printing.</source>
        <translation>Return %1 is saved. The return receipt is printing.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="517"/>
        <source>Type the price, or tap one of the usual ones.</source>
        <translation>Type the price, or tap one of the usual ones.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="519"/>
        <source>Add to sale</source>
        <translation>Add to sale</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="550"/>
        <location filename="../src/bruktpos/ui/till/screen.py" line="554"/>
        <source>Change price</source>
        <translation>Change price</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="551"/>
        <source>New price for %1. Beyond the shop’s limit a shop leader approves it.</source>
        <translation>New price for %1. Beyond the shop’s limit a shop leader approves it.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="37"/>
        <source>TRAINING MODE — nothing counts</source>
        <translation>TRAINING MODE — nothing counts</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="49"/>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="53"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="67"/>
        <source>Pricing and donations</source>
        <translation>Pricing and donations</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="68"/>
        <source>Items in stock</source>
        <translation>Items in stock</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="69"/>
        <source>Café and new goods: stock and deliveries</source>
        <translation>Café and new goods: stock and deliveries</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="71"/>
        <source>Open the day</source>
        <translation>Open the day</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="73"/>
        <source>Money in or out of the drawer</source>
        <translation>Money in or out of the drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="75"/>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="77"/>
        <source>Close the day (Z report)</source>
        <translation>Close the day (Z report)</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="82"/>
        <source>Return: refund or voucher</source>
        <translation>Return: refund or voucher</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="84"/>
        <source>Print a copy of the last receipt</source>
        <translation>Print a copy of the last receipt</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="86"/>
        <source>Open the cash drawer</source>
        <translation>Open the cash drawer</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="89"/>
        <source>Training mode on/off</source>
        <translation>Training mode on/off</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="93"/>
        <source>Reports and journal</source>
        <translation>Reports and journal</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="95"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="99"/>
        <source>SAF-T file for the tax office</source>
        <translation>SAF-T file for the tax office</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="104"/>
        <source>Electronic journal</source>
        <translation>Electronic journal</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="107"/>
        <source>Set-up</source>
        <translation>Set-up</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="111"/>
        <source>Categories: prices, VAT, markdowns and order</source>
        <translation>Categories: prices, VAT, markdowns and order</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="116"/>
        <source>Products: café and new goods</source>
        <translation>Products: café and new goods</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="119"/>
        <source>People: names, roles and PINs</source>
        <translation>People: names, roles and PINs</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="123"/>
        <source>Discounts and approvals: the cashier’s limit</source>
        <translation>Discounts and approvals: the cashier’s limit</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="129"/>
        <source>Receipt printer settings</source>
        <translation>Receipt printer settings</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="132"/>
        <source>Label printer settings</source>
        <translation>Label printer settings</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="135"/>
        <source>Scale for donations</source>
        <translation>Scale for donations</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="139"/>
        <source>Customer display: a second screen</source>
        <translation>Customer display: a second screen</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="144"/>
        <source>Chapter hub: sending closed days</source>
        <translation>Chapter hub: sending closed days</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="149"/>
        <source>The shop: name, address and receipt texts</source>
        <translation>The shop: name, address and receipt texts</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="154"/>
        <source>Registers: list and add</source>
        <translation>Registers: list and add</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="156"/>
        <source>About BruktPOS</source>
        <translation>About BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/top_bar.py" line="159"/>
        <source>Quit BruktPOS</source>
        <translation>Quit BruktPOS</translation>
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
        <translation>TRAINING MODE — nothing counts</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="122"/>
        <source>Welcome to BruktPOS</source>
        <translation>Welcome to BruktPOS</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="126"/>
        <source>This till has no shop yet. In a few short steps you set up the shop. Most of it comes filled in: check it and tap Next.</source>
        <translation>This till has no shop yet. In a few short steps you set up the shop. Most of it comes filled in: check it and tap Next.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="133"/>
        <source>Nothing is saved until you tap Finish, so you can go back at any time.</source>
        <translation>Nothing is saved until you tap Finish, so you can go back at any time.</translation>
    </message>
</context>
<context>
    <name>XReportScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="60"/>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="72"/>
        <source>Back to the till</source>
        <translation>Back to the till</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="74"/>
        <source>Take a new X report</source>
        <translation>Take a new X report</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="76"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="80"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="123"/>
        <source>Taking the X report …</source>
        <translation>Taking the X report …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="158"/>
        <source>The day of %1 so far. An X report changes nothing; the day stays open.</source>
        <translation>The day of %1 so far. An X report changes nothing; the day stays open.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="178"/>
        <source>Printing the X report…</source>
        <translation>Printing the X report…</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="184"/>
        <source>The X report is printed.</source>
        <translation>The X report is printed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="189"/>
        <source>The X report did not print. %1</source>
        <translation>The X report did not print. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="217"/>
        <source>Saving the PDF …</source>
        <translation>Saving the PDF …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="211"/>
        <source>The PDF could not be saved (%1). Try another place.</source>
        <translation>The PDF could not be saved (%1). Try another place.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="205"/>
        <source>Saved as PDF: %1</source>
        <translation>Saved as PDF: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="234"/>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/x_report.py" line="234"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ZDonePage</name>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="41"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="52"/>
        <source>Save the PDF elsewhere…</source>
        <translation>Save the PDF elsewhere…</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="71"/>
        <source>✓ Z report nr. %1 is taken. The day of %2 is closed.</source>
        <translation>✓ Z report nr. %1 is taken. The day of %2 is closed.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="77"/>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="96"/>
        <source>Printing the Z report…</source>
        <translation>Printing the Z report…</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="102"/>
        <source>✓ The Z report is printed. Keep it with the day&apos;s cash.</source>
        <translation>✓ The Z report is printed. Keep it with the day&apos;s cash.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="108"/>
        <source>The Z report did not print. %1</source>
        <translation>The Z report did not print. %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="138"/>
        <source>Saving the PDF …</source>
        <translation>Saving the PDF …</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="133"/>
        <source>The PDF could not be saved (%1). Try another place.</source>
        <translation>The PDF could not be saved (%1). Try another place.</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="125"/>
        <source>Saved as PDF in the reports folder: %1</source>
        <translation>Saved as PDF in the reports folder: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="127"/>
        <source>Saved as PDF: %1</source>
        <translation>Saved as PDF: %1</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="157"/>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/day/z_done.py" line="157"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
</TS>
