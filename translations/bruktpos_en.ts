<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="201"/>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="203"/>
        <source>The administrator adds the shop’s people and may do everything at the till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="215"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="216"/>
        <source>PIN (4 to 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="217"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="220"/>
        <source>Choose a PIN only you know, and keep it to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="229"/>
        <source>Type the administrator’s name to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="231"/>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="233"/>
        <source>Type the PIN once more, to be sure it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="235"/>
        <source>The two PINs are not the same. Type the PIN again in the last field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../src/bruktpos/ui/till/cart_model.py" line="22"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/cart_model.py" line="23"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/cart_model.py" line="24"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/cart_model.py" line="25"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/cart_model.py" line="26"/>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="57"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="63"/>
        <source>Discount on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="75"/>
        <source>Or type the discount in kroner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="77"/>
        <source>Give discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="81"/>
        <source>No discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="256"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="257"/>
        <source>Check that all is right. Tap Back to change something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="274"/>
        <source>Shop: %1 (org. no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="275"/>
        <source>Administrator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="276"/>
        <source>Receipt printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="279"/>
        <source>Registered for VAT: receipts show VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="283"/>
        <source>Tap Finish to save. Then log in as %1 with your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="81"/>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="82"/>
        <source>Remove the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="85"/>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="86"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderPinDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="39"/>
        <source>An administrator’s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="39"/>
        <source>A shop leader’s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="49"/>
        <source>%1 needs an administrator’s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="51"/>
        <source>%1 needs a shop leader’s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="63"/>
        <source>Administrator: tap your name, then type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="65"/>
        <source>Shop leader: tap your name, then type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="74"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/leader_pin.py" line="88"/>
        <source>No one here may approve this yet. Tap Cancel and ask the administrator for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="31"/>
        <source>Who is at the till?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="35"/>
        <source>Tap your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/login.py" line="64"/>
        <source>No one can log in yet. Ask the administrator to add the shop’s people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="77"/>
        <source>BruktPOS — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="128"/>
        <source>%1 · Till %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="135"/>
        <source>TRAINING MODE — nothing counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="143"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="147"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="152"/>
        <source>Print a copy of the last receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="153"/>
        <source>Open the cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="154"/>
        <source>Training mode on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="155"/>
        <source>Receipt printer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="157"/>
        <source>Quit BruktPOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="218"/>
        <source>No receipt. Ready for the next customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="223"/>
        <source>There is no receipt from this till session to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="231"/>
        <source>Printing a copy (marked KOPI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="238"/>
        <source>Opening the drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="254"/>
        <source>Finish or park the sale on the screen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="257"/>
        <source>Switching training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="282"/>
        <source>Training mode is on. Sales here are practice and count for nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="284"/>
        <source>Training mode is off. Sales count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="289"/>
        <source>Changing the printer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="301"/>
        <source>Quit BruktPOS?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/main_window.py" line="302"/>
        <source>There is a sale on the screen. It will be lost if you quit. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="62"/>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="63"/>
        <source>Shop leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="64"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="79"/>
        <source>a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="80"/>
        <source>a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="81"/>
        <source>a price change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="82"/>
        <source>removing an item after payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="83"/>
        <source>opening the cash drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="84"/>
        <source>changing the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="85"/>
        <source>adding or changing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="86"/>
        <source>switching training mode on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="88"/>
        <source>this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="103"/>
        <source>Type an amount first, for example 49,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="105"/>
        <source>“%1” is not an amount. Type kroner and øre, for example 49,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="112"/>
        <source>%1 is more than the till takes for one price (%2). Check the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="116"/>
        <source>The price must be more than kr 0. Type the price again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="120"/>
        <source>The number must be from 1 to %1. Type the number again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="125"/>
        <source>A discount must be from 0 to 100 % and no more than the line’s price (%1). Type the discount again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="136"/>
        <source>“%1” is not a code from this shop. Scan the label again, or type the digits under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="147"/>
        <source>The count for %1 must be a whole number, 0 or more. Count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="150"/>
        <source>That is not a Norwegian coin or note the till counts. Count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="155"/>
        <source>Nothing in the shop has the code %1. Check the label, or sell it with a category button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="165"/>
        <source>This item was sold on %1 at %2 (receipt %3, till %4). Ask the shop leader for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="178"/>
        <source>This item was marked as thrown away on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="179"/>
        <source>This item was marked as sent to recycling on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="180"/>
        <source>This item was marked as moved to another shop on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="181"/>
        <source>This item was marked as sold on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="183"/>
        <source>This item was taken off sale on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="187"/>
        <source>Put it aside and ask the shop leader for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="194"/>
        <source>%1 is already paid, so this sale cannot be parked. Finish the sale, or take the payment back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="206"/>
        <source>The cart would then cost less than is already paid (%1). Take the payment back first, then change the cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="214"/>
        <source>Nothing is left to pay. Finish the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="216"/>
        <source>%1 is more than what is left to pay (%2). Type %2 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="224"/>
        <source>There is no payment to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="226"/>
        <source>Cash must be whole kroner and more than kr 0. Type the amount you were given again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="229"/>
        <source>The amount must be more than kr 0. Type the amount again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="234"/>
        <source>%1 is still left to pay. Take the rest before you finish the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="241"/>
        <source>This sale is already finished (receipt %1). Start a new sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="247"/>
        <source>That PIN was not right. You have one try left before a short pause, so take your time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="252"/>
        <source>That PIN was not right. Try again; you have %1 tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="258"/>
        <source>Too many wrong PINs in a row. You can try again at %1, or ask the shop leader for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="268"/>
        <source>A PIN has 4 to 8 digits, and this one has %1. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="274"/>
        <source>Only an administrator may approve %1. Ask an administrator for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="276"/>
        <source>Only a shop leader may approve %1. Ask the shop leader for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="282"/>
        <source>No shop is set up in %1 yet. Start the setup to create the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="288"/>
        <source>A copy of receipt %1 was already printed on %2 at %3. Only one copy may be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="301"/>
        <source>This item is already in the cart. Each item can be sold only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="304"/>
        <source>This product is no longer in the shop’s list. Ask the shop leader to check the buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="308"/>
        <source>This category is no longer in the shop’s list. Choose another one, or ask the shop leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="312"/>
        <source>That line is no longer in the cart. Look at the cart and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="315"/>
        <source>A donated item is one of a kind, so the number stays 1. Scan each item on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="318"/>
        <source>The cart is empty. Scan an item or tap a product first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="319"/>
        <source>This parked sale is no longer there; it may have been picked up. Look at the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="323"/>
        <source>This person is no longer in the shop’s list. Choose your name again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="326"/>
        <source>This user has been switched off. Ask the shop leader for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="329"/>
        <source>That sale could not be found. Check the receipt number and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="338"/>
        <source>The receipt printer does not answer. Check that it is on and plugged in, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="342"/>
        <source>The receipt printer was not found. Check the cable and the printer settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="346"/>
        <source>The receipt printer is out of paper. Put in a new roll, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="349"/>
        <source>No receipt printer is set up yet. A shop leader can choose one in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="355"/>
        <source>The receipt printer could not print. Check that it is on and has paper, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/messages.py" line="408"/>
        <source>Something went wrong. Try again, or ask the shop leader for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/keypad.py" line="166"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="14"/>
        <source>Parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="19"/>
        <source>Which sale do you want to resume?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="25"/>
        <source>Parked at %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/parked_dialog.py" line="36"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="37"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="38"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="39"/>
        <source>Vipps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="50"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="95"/>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="98"/>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="100"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="101"/>
        <source>Left to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="117"/>
        <source>Undo last payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="120"/>
        <source>Back to the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="145"/>
        <source>What did the customer give you? Tap a note or type the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="151"/>
        <source>Take cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="177"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="191"/>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="195"/>
        <source>No receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="221"/>
        <source>Key the amount into the card terminal. When it says APPROVED, tap the button. To split, change the amount first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="225"/>
        <source>Card payment approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="229"/>
        <source>Show the Vipps number. When the customer&apos;s phone shows the payment as done, tap the button. To split, change the amount first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="233"/>
        <source>Vipps payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="244"/>
        <source>Type the amount that was paid on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="272"/>
        <source>Sale completed. Receipt number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="305"/>
        <source>Exact cash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="319"/>
        <source> (given %1, change %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/payment_dialog.py" line="334"/>
        <source>Payments are already taken. Undo them first if you want to go back to the sale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPin</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="75"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="79"/>
        <source>Back to the list of names (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/person_pin.py" line="107"/>
        <source>Hi, %1! Type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/pin_pad.py" line="42"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/pin_pad.py" line="59"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../src/bruktpos/ui/till/price_dialog.py" line="39"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="88"/>
        <source>No printer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="89"/>
        <source>File (for testing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="90"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="91"/>
        <source>USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="92"/>
        <source>Serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="93"/>
        <source>Printer set up in the computer (CUPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="108"/>
        <source>You can set up the receipt printer later, in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="113"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="120"/>
        <source>Receipts are written to this file instead of on paper, to try the till out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="121"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="133"/>
        <source>The printer’s address on the shop’s network. The port is nearly always 9100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="134"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="134"/>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="156"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="145"/>
        <source>The two numbers the computer shows for the printer, for example 04b8 and 0202.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="146"/>
        <source>Vendor ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="146"/>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="155"/>
        <source>The serial port the printer is plugged into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="166"/>
        <source>A printer the computer already knows. Choose it, or type its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="167"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="227"/>
        <source>Type the name of the file for the receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="229"/>
        <source>Type the printer’s address, for example 192.168.1.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="231"/>
        <source>Type both numbers with 1 to 4 digits or letters a–f, for example 04b8 and 0202.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="233"/>
        <source>Type the serial port, for example /dev/ttyUSB0 or COM1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="235"/>
        <source>Choose the printer, or type its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/widgets/printer_choice.py" line="281"/>
        <source>File for the receipts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="242"/>
        <source>The receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="243"/>
        <source>How is the receipt printer connected? You can change this later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterSettingsScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="32"/>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="38"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="40"/>
        <source>80 mm (42 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="41"/>
        <source>58 mm (32 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="51"/>
        <source>Back to the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="53"/>
        <source>Print a test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="55"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="65"/>
        <source>The test page was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="89"/>
        <source>These settings do not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="97"/>
        <source>Choose a connection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="99"/>
        <source>Printing a test page …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/admin/printer_settings.py" line="111"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="310"/>
        <source>Set up BruktPOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="313"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="314"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="315"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="316"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="362"/>
        <source>This database already has a shop. Close this window and start BruktPOS again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="364"/>
        <source>Some of the facts were not accepted. Tap Back and check each page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="371"/>
        <source>The shop could not be saved. Check that the disk is not full, then tap Finish again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="112"/>
        <source>The shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="113"/>
        <source>This is printed on every receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="119"/>
        <source>The same as the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="130"/>
        <source>The shop is registered for VAT (MVA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="132"/>
        <source>Tick this only if the organisation is in the VAT Register; receipts then show VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="136"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="137"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="138"/>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="140"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="141"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="142"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="158"/>
        <source>An organisation number has only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="160"/>
        <source>An organisation number has 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="162"/>
        <source>This is not a valid organisation number. Check each digit and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="167"/>
        <source>Type the shop’s name to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="171"/>
        <source>Type the organisation number, all 9 digits, to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="173"/>
        <source>A postcode has 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillController</name>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="63"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="94"/>
        <source>Lowering a quantity after payment has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="108"/>
        <source>Changing a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="116"/>
        <source>Removing a line after payment has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="151"/>
        <source>The sale is parked. Resume it under Parked sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/controller.py" line="166"/>
        <source>Finish or park the sale on the screen first, then resume the parked one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="91"/>
        <source>Scan, or type an item code and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="95"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="116"/>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="140"/>
        <source>One fewer (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="143"/>
        <source>One more (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="145"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="147"/>
        <source>New price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="149"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="162"/>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="172"/>
        <source>Park sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="176"/>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="179"/>
        <source>Pay (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="203"/>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="213"/>
        <source>Café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="265"/>
        <source>Parked sales (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="290"/>
        <source>The sale is saved, but the receipt did not print. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="322"/>
        <source>Type the price, or tap one of the usual ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="324"/>
        <source>Add to sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="352"/>
        <location filename="../src/bruktpos/ui/till/screen.py" line="354"/>
        <source>Change price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/till/screen.py" line="353"/>
        <source>New price for %1. A shop leader must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="96"/>
        <source>Welcome to BruktPOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="99"/>
        <source>This till has no shop yet. In four short steps you set up the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/bruktpos/ui/setup_wizard.py" line="104"/>
        <source>Nothing is saved until you tap Finish, so you can go back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
