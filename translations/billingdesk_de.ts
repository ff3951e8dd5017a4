<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Clock</name>
    <message>
        <location filename="../models/services/ClockService.cpp" line="66"/>
        <source>That is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ClockService.cpp" line="71"/>
        <source>The simulated clock only moves forward (it is %1; you asked for %2): what already happened stays consistent. Start a new database to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ClockService.cpp" line="105"/>
        <source>Advance by a positive number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ClockService.cpp" line="113"/>
        <source>Advance by a positive number of months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostImporter</name>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="59"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <location filename="../models/domain/Decimal.cpp" line="174"/>
        <source>&quot;%1&quot; is too large to be an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Decimal.cpp" line="179"/>
        <source>&quot;%1&quot; is not a number: write digits with an optional sign, a &apos;.&apos; for decimals and an optional exponent (1.81E-8), without spaces, thousands separators or currency symbols.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <location filename="../models/domain/CostImport.cpp" line="40"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/CostImport.cpp" line="42"/>
        <source>AWS CUR 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/CostImport.cpp" line="44"/>
        <source>AWS legacy CUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/CostImport.cpp" line="46"/>
        <source>FOCUS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="37"/>
        <source>Enter the management account id (12 digits) or email of the organization to invite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../models/domain/Money.cpp" line="12"/>
        <source>Cannot combine amounts in %1 and %2 without an exchange rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Money.cpp" line="18"/>
        <source>The amount is too large to be represented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Money.cpp" line="37"/>
        <source>An amount is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/domain/Money.cpp" line="42"/>
        <source>%1 amounts have at most %n decimal(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/MessageBox.cpp" line="27"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../models/services/Services.cpp" line="129"/>
        <source>There is no account %1 in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlitePricingStore</name>
    <message>
        <location filename="../models/storage/sqlite/SqlitePricingStore.cpp" line="29"/>
        <source>%1 is too large to store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransfersModel</name>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="80"/>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="82"/>
        <source>Basic pricing plan (AWS-managed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="84"/>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="93"/>
        <source>Passthrough (AWS-managed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="91"/>
        <source>Basic (AWS-managed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="115"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="116"/>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransfersTab</name>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="144"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="149"/>
        <source>On %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="150"/>
        <source>By %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="153"/>
        <source>No deadline · double-click to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd</name>
    <message>
        <location filename="../models/engine/UsageGenerator.cpp" line="684"/>
        <source>There is no payer organization to generate usage for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/engine/UsageGenerator.cpp" line="687"/>
        <source>The first billing period is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/engine/UsageGenerator.cpp" line="690"/>
        <source>Months must be between 1 and 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/engine/UsageGenerator.cpp" line="693"/>
        <source>The row count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="58"/>
        <source>%1 must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="68"/>
        <source>Unknown key &quot;%1&quot;%2. Known keys: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="69"/>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="83"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="87"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="97"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="124"/>
        <source>an object with id, name, email and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="165"/>
        <source>a string (settings are text: write &quot;24&quot;, &quot;0.5&quot; or &quot;true&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="190"/>
        <source>a list of organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="196"/>
        <source>an object with id, name, managementAccount, email and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="223"/>
        <location filename="../models/services/ScenarioService.cpp" line="262"/>
        <source>a list of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="41"/>
        <location filename="../models/services/PricingService.cpp" line="646"/>
        <source>Name the %1 with 1 to %2 characters (no line breaks or control characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="51"/>
        <source>A description has at most %1 characters (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="63"/>
        <source>A %1 rule has no %2; leave it empty (it is &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="226"/>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="235"/>
        <source>A TIERING rule (free tier on or off) is GLOBAL or SERVICE, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="241"/>
        <source>A %1 rule needs the service code it prices, e.g. AmazonEC2 or AmazonS3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="246"/>
        <source>&quot;%1&quot; is not a known service code: use a code of the cost data or of the service catalogue, e.g. AmazonEC2 (codes are case-sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="249"/>
        <source>service code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="255"/>
        <source>A SKU rule needs a usage type (e.g. BoxUsage:m5.large) and an operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="258"/>
        <source>A SKU rule needs an operation (e.g. RunInstances) besides its usage type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="262"/>
        <source>A usage type or an operation has at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="264"/>
        <source>usage type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="266"/>
        <source>operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="272"/>
        <source>&quot;%1&quot; is not a billing entity: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="273"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="274"/>
        <source>billing entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="284"/>
        <source>A TIERING rule turns the free tier on or off; it has no percentage (leave it 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="289"/>
        <source>The percentage cannot be negative (%1): choose DISCOUNT or MARKUP instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="293"/>
        <source>The percentage has at most %1 decimals (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="300"/>
        <source>A discount is at most 100% (%1%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="301"/>
        <source>A markup is at most %1% (%2%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="315"/>
        <source>The plan already has a %1 rule for %2 (&quot;%3&quot;, %4): edit that rule instead of adding a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="324"/>
        <source>A pricing plan holds at most %1 rules; this one has %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="365"/>
        <source>AWS-managed: public on-demand prices; no non-public discounts, credits, taxes or support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="371"/>
        <source>AWS-managed: the billable data as it is (every discount, credit, tax and fee); transfer billing groups only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="397"/>
        <source>custom line item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="405"/>
        <source>A custom line item is either a flat amount (USD) or a percentage, exactly one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="411"/>
        <source>A flat amount is USD 0 to 1,000,000 (%1); a CREDIT subtracts a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="415"/>
        <source>A flat amount is in cents: at most 2 decimals (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="418"/>
        <source>Only a percentage item can be taken of other items; this one is flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="423"/>
        <source>A filter (one service, or without Savings Plan negation) chooses what a percentage is taken of; a flat item has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="429"/>
        <source>A percentage is 0 to 10,000% (%1%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="432"/>
        <source>A percentage has at most %1 decimals (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="437"/>
        <source>A percentage is taken of the pro forma total, of chosen flat items, or of both: choose at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="441"/>
        <source>A custom line item cannot be a percentage of itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="444"/>
        <source>Filter by one service or exclude Savings Plan negation, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="449"/>
        <source>A filter narrows the pro forma total a percentage is taken of; this item is not taken of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="457"/>
        <source>A service code has at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="463"/>
        <source>A custom line item starts in the current or the previous billing period (%1 or %2), not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="471"/>
        <source>The last billing period (%1) is before the first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="53"/>
        <source>Unknown key &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="59"/>
        <source>&quot;%1&quot; has the wrong JSON type (expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="81"/>
        <source>No free id could be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="89"/>
        <source>&quot;%1&quot; must be a decimal number written as a string, such as &quot;5&quot; or &quot;12.50&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="97"/>
        <source>&quot;%1&quot; must be a month, YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="406"/>
        <source>&quot;pricing&quot; must be an object with plans, groups and lineItems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="303"/>
        <source>The account %1 belongs to no organization: it has no pricing to configure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="307"/>
        <source>Only the management account of %1 (%2) configures its pricing; %3 is a member account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="310"/>
        <source>%1&apos;s bill is paid by another organization: the pricing is the payer&apos;s and is not shown to a bill-source account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="636"/>
        <source>Could not generate a unique id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="651"/>
        <source>A description has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="690"/>
        <source>%1 plans are named &quot;%2&quot; (%3): give the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="697"/>
        <source>There is no pricing plan &quot;%1&quot;: use BasicPricingPlan, Passthrough or one of your custom plans (plans list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="711"/>
        <source>%1 is an AWS-managed pricing plan: it is read-only. Create a custom plan (plans add) for your own rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1184"/>
        <source>A STANDARD billing group needs at least one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1191"/>
        <source>The account %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1196"/>
        <source>The account %1 is not an account of your organization (%2): a STANDARD group holds accounts of the payer&apos;s own organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1205"/>
        <source>The account %1 is already in the billing group &quot;%2&quot; (%3) in %4: an account is in at most one STANDARD group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1432"/>
        <source>%1 is not a flat custom line item of this billing group: a percentage is taken of the group&apos;s flat items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::AccountDialog</name>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="72"/>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="72"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="76"/>
        <source>Account &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="78"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="78"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="80"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="80"/>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="82"/>
        <source>Tax &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::AccountsModel</name>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="163"/>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="163"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="179"/>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="181"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="183"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="185"/>
        <source>Tax country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="187"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ActingAsSelector</name>
    <message>
        <location filename="../ui/ActingAsSelector.cpp" line="95"/>
        <source>Search organization, account, id or role...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActingAsSelector.cpp" line="152"/>
        <location filename="../ui/ActingAsSelector.cpp" line="201"/>
        <source>Administrator (set-up, no organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActingAsSelector.cpp" line="156"/>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActingAsSelector.cpp" line="157"/>
        <source>%1
%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActingAsSelector.cpp" line="165"/>
        <source>Standalone accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActingAsSelector.cpp" line="166"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActingAsSelector.cpp" line="206"/>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActingAsSelector.cpp" line="207"/>
        <source>%1 (%2) of %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActingAsSelector.cpp" line="209"/>
        <source>no organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActingAsSelector.cpp" line="212"/>
        <source>Acting as %1. Click to choose another account (searchable).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::AddLineItemCommand</name>
    <message>
        <location filename="../ui/commands/PricingCommands.cpp" line="320"/>
        <source>Add custom line item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::AddPlanCommand</name>
    <message>
        <location filename="../ui/commands/PricingCommands.cpp" line="97"/>
        <source>Add pricing plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::AddRuleCommand</name>
    <message>
        <location filename="../ui/commands/PricingCommands.cpp" line="179"/>
        <source>Add rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::AddStandardGroupCommand</name>
    <message>
        <location filename="../ui/commands/PricingCommands.cpp" line="279"/>
        <source>Add billing group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::Applier</name>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="149"/>
        <source>A plan is an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="159"/>
        <source>A custom plan needs a name that is not an AWS-managed plan&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="161"/>
        <source>The plan &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="175"/>
        <source>A rule is an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="191"/>
        <source>&quot;scope&quot; is GLOBAL, SERVICE, BILLING_ENTITY or SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="193"/>
        <source>&quot;type&quot; is MARKUP, DISCOUNT or TIERING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="232"/>
        <source>Passthrough is only for transfer billing groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="251"/>
        <source>No pricing plan &quot;%1&quot; that the group&apos;s owner may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="259"/>
        <source>A billing group is an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="279"/>
        <source>A STANDARD group needs a name, an owner and its accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="308"/>
        <source>No billing group &quot;%1&quot; (a group id, a transfer id or a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="332"/>
        <source>A custom line item is an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="346"/>
        <source>No billing group &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="353"/>
        <source>&quot;type&quot; is FEE or CREDIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingScenario.cpp" line="371"/>
        <source>&quot;%1&quot; is no flat item of the group listed before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::AttentionModel</name>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="443"/>
        <source>%1
Due %2. Double-click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="444"/>
        <source>%1
Double-click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::BillingGroupsModel</name>
    <message>
        <location filename="../models/itemmodels/BillingGroupsModel.cpp" line="67"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BillingGroupsModel.cpp" line="104"/>
        <source>%1
%2 · primary account %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BillingGroupsModel.cpp" line="109"/>
        <source>Active: its pricing applies to the bills of its accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BillingGroupsModel.cpp" line="110"/>
        <source>Pending: the transfer has not started yet; the pricing applies from its first month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BillingGroupsModel.cpp" line="130"/>
        <source>Billing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BillingGroupsModel.cpp" line="132"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BillingGroupsModel.cpp" line="134"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BillingGroupsModel.cpp" line="136"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BillingGroupsModel.cpp" line="138"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::CostDataTab</name>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="61"/>
        <source>Filter by file, format or view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="63"/>
        <source>Import &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="65"/>
        <source>&amp;Generate demo usage...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="89"/>
        <source>No cost data yet. Import a CUR or FOCUS file, or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="98"/>
        <source>AWS Data Exports (CUR 2.0), legacy Cost and Usage Reports and FOCUS 1.0 to 1.2, as .csv or .csv.gz. For a quick look, Demo &gt; Generate Usage makes realistic data for the demo organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="138"/>
        <source>&lt;b&gt;Totals by organization and billing period&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="142"/>
        <location filename="../ui/CostDataTab.cpp" line="377"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="142"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="142"/>
        <location filename="../ui/CostDataTab.cpp" line="511"/>
        <source>Billable (what you pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="142"/>
        <location filename="../ui/CostDataTab.cpp" line="515"/>
        <source>Public on-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="150"/>
        <source>&amp;Remove import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="207"/>
        <source>&amp;Import Cost Data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="219"/>
        <source>&amp;Generate Usage...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="255"/>
        <source>A bill-source organization cannot import cost data while its bill is transferred: its payer imports it. Switch &quot;Acting as&quot; to the payer or the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="281"/>
        <source>A bill-source organization cannot load cost data: its payer does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="302"/>
        <source>Cost data cannot be shown right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="304"/>
        <source>Cost data is hidden because BillingDesk could not check what you may see: %1 Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="310"/>
        <source>No cost data of your organization (or of those whose bills you pay) yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="317"/>
        <source>1 import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="317"/>
        <source>%1 imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="318"/>
        <source>, %1 line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="320"/>
        <source> · billable amounts hidden for a bill-source organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="367"/>
        <source>&lt;b&gt;Line items by organization and month&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;(billable amounts hidden)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="369"/>
        <source>&lt;b&gt;Billable (what you pay) by organization and month&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;%1, from the rollups&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="383"/>
        <location filename="../ui/CostDataTab.cpp" line="393"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="394"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="416"/>
        <location filename="../ui/CostDataTab.cpp" line="433"/>
        <source>%L1 line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="419"/>
        <source>Billable %1 %2
Public on-demand %3 %2
%L4 line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="434"/>
        <location filename="../ui/CostDataTab.cpp" line="550"/>
        <location filename="../ui/CostDataTab.cpp" line="557"/>
        <source>Exact: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="461"/>
        <source>A bill-source organization cannot change its payer&apos;s cost data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="466"/>
        <source>No imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="466"/>
        <source>No import selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="468"/>
        <source>Imported files appear here with their totals per organization and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="469"/>
        <source>Select an import to see its totals per organization and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="481"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="482"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="483"/>
        <source>Pro forma (Billing Conductor export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="483"/>
        <source>Billable (what AWS charges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="484"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="485"/>
        <source>%1 (simulated date) by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="490"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="495"/>
        <source> &lt;span style=&apos;color:%1&apos;&gt;(no longer on disk)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="496"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="501"/>
        <source>This file also holds other organizations&apos; cost data: only the administrator can remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="503"/>
        <source>%L1 line items of your organizations (the file has %L2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="504"/>
        <source>%L1 imported of %L2 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="506"/>
        <source>, %L1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="508"/>
        <source>, %L1 of other providers skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="509"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="512"/>
        <source>&lt;span style=&apos;color:#666&apos;&gt;hidden for a bill-source organization&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="534"/>
        <source>Payer %1 (%2), %L3 line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="544"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="544"/>
        <source>Billable amounts are not shown to a bill-source organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="573"/>
        <source>Remove import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="574"/>
        <source>Remove the import of %1 (%L2 line items for %3)? Its cost data leaves every view, price and invoice draft computed from it. The file itself is not touched; you can import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="579"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostDataTab.cpp" line="586"/>
        <source>Removed the import of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::CostImporter</name>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1431"/>
        <location filename="../models/storage/CostImporter.cpp" line="1823"/>
        <source>The database driver does not give access to SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1484"/>
        <location filename="../models/storage/CostImporter.cpp" line="1968"/>
        <source>The file is empty: it has no header and no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1491"/>
        <source>Line 1: the header is not UTF-8 text (a Latin-1 or Windows-1252 file?). Save or export the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1714"/>
        <source>%1 account ids are not 12 digits long (e.g. %2); they were accepted as they are (anonymized exports do this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1720"/>
        <source>%1 rows have line item types BillingDesk does not know (%2); they were kept and are counted under their own type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1728"/>
        <source>%1 rows of other providers were skipped (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1734"/>
        <source>%1 amounts had more than 11 decimals and were rounded half-even; the total residue is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1738"/>
        <source>%1 invalid rows were skipped and written with their reasons to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1775"/>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1778"/>
        <source>The file mixes %1 currencies (%2); its totals are kept per currency and never added across currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1789"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1798"/>
        <source>The file %3 has invalid rows (%1 found; the first: %2). Nothing was imported. Fix the file, or import with --skip-invalid to import the valid rows and write the others to a side file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1807"/>
        <source>The file %1 has a header but no data rows: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1810"/>
        <source>None of the %1 rows of the file %4 can be imported (rows of other providers: %2, invalid: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1838"/>
        <source>A total of this file is too large to store (beyond 92,233,720 per account, service and day).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::CostImporter::Private</name>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="859"/>
        <source>Cannot write the rejected rows to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="971"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="972"/>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="980"/>
        <source>an account id is required here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="988"/>
        <source>&quot;%1&quot; is not an AWS account id (digits only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1009"/>
        <location filename="../models/storage/CostImporter.cpp" line="1201"/>
        <source>&quot;%1&quot; is not a number (digits, an optional sign, &apos;.&apos; and exponent such as 1.81E-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1014"/>
        <source>&quot;%1&quot; is too large to be an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1021"/>
        <source>&quot;%1&quot; is too large to store (line amounts must stay below 92,233,720).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1039"/>
        <source>&quot;%1&quot; is not a date (2024-09-01, 2024-09-01 00:00:00 or 2024-09-01T00:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1047"/>
        <source>the billing period start is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1052"/>
        <source>&quot;%1&quot; is not a plausible billing period (BillingDesk reads periods from 2000 to 2099).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1071"/>
        <source>&quot;%1&quot; is outside the row&apos;s billing period %2 (usage and charge dates may lie at most one day outside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1080"/>
        <source>the usage start is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1097"/>
        <source>&quot;%1&quot; ends before the usage starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1111"/>
        <source>&quot;%1&quot; is not the end of the billing period %2 (the first day of the next month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1121"/>
        <source>the line item type is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1136"/>
        <source>the currency is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1141"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (USD, EUR, JPY, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1167"/>
        <source>the cost is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1194"/>
        <source>&quot;%1&quot; is too large a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1260"/>
        <source>Line %1: %2 fields, but the header has %3 columns (too many fields: an unquoted comma?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1265"/>
        <source>Line %1: %2 fields, but the header has %3 columns (too few fields: a line cut short?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1281"/>
        <source>Line %1: the text is not UTF-8 (a Latin-1 or Windows-1252 file?). Save or export the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1320"/>
        <source>Line %1, column %2: the value contains the control character %3 (%4); fields may hold printable text, tabs and line breaks inside quotes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CostImporter.cpp" line="1348"/>
        <source>the row is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::CsvReader</name>
    <message>
        <location filename="../models/storage/CsvReader.cpp" line="132"/>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CsvReader.cpp" line="136"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CsvReader.cpp" line="171"/>
        <source>Reading the file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CsvReader.cpp" line="199"/>
        <location filename="../models/storage/CsvReader.cpp" line="212"/>
        <source>The file is empty: it has no header and no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CsvReader.cpp" line="205"/>
        <source>Cannot start decompressing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CsvReader.cpp" line="216"/>
        <source>The file is encoded as UTF-16. BillingDesk reads UTF-8 CSV files: save or export the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CsvReader.cpp" line="221"/>
        <source>The file looks like UTF-16 text (it has zero bytes between characters). BillingDesk reads UTF-8 CSV files: save or export the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CsvReader.cpp" line="239"/>
        <source>The gzip file is cut short: it ends before its compressed data does (an incomplete download or copy?). Nothing was imported from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CsvReader.cpp" line="256"/>
        <source>The gzip file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CsvReader.cpp" line="270"/>
        <source>The gzip file is damaged (%1): it cannot be decompressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CsvReader.cpp" line="291"/>
        <source>Line %1 starts a record longer than %2 MB; this is not a cost export (or a quote is never closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CsvReader.cpp" line="458"/>
        <source>Line %1: a quoted field is not closed before the end of the file (a cut-short last line?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CsvReader.cpp" line="480"/>
        <source>Line %1, field %2: unexpected text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CsvReader.cpp" line="537"/>
        <source>Line %1: a quoted field is not closed before the end of the file (the last line is cut short?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::CustomLineItemsModel</name>
    <message>
        <location filename="../models/itemmodels/CustomLineItemsModel.cpp" line="113"/>
        <source>%1 (%2)
%3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CustomLineItemsModel.cpp" line="120"/>
        <source>In %1: exactly %2 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CustomLineItemsModel.cpp" line="144"/>
        <source>Custom line item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CustomLineItemsModel.cpp" line="146"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CustomLineItemsModel.cpp" line="148"/>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CustomLineItemsModel.cpp" line="150"/>
        <source>Billing periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CustomLineItemsModel.cpp" line="152"/>
        <source>USD, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CustomLineItemsModel.cpp" line="152"/>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::Database</name>
    <message>
        <location filename="../models/storage/Database.cpp" line="113"/>
        <source>The database is locked by another program; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="119"/>
        <source>The database %1 is damaged: a part of it cannot be read. Nothing more is written to it. Run &quot;billingdesk-cli check&quot; (File &gt; Check Database) to see the damage, then restore the backup that upgrades keep next to it (%1.v&lt;N&gt;.backup, N the schema version it holds) or a backup of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="126"/>
        <source>The disk that holds %1 is full. Nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="129"/>
        <source>Reading or writing %1 failed (an input/output error of the disk). Nothing was saved. Check the disk and try again; if the error stays, restore the backup %1.v&lt;N&gt;.backup or a backup of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="135"/>
        <source>%1 cannot be written (the file or its folder is read-only). Nothing was saved. Check the permissions, or work on a writable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="143"/>
        <source>Access to %1 was denied. Check the permissions of the file and of its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="147"/>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="156"/>
        <source>%1 is open read-only (the file has no write permission): it can be read, listed and exported, but nothing can be changed. Make the file writable or work on a copy to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="175"/>
        <location filename="../models/storage/Database.cpp" line="184"/>
        <source>The database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="305"/>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="310"/>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="313"/>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="320"/>
        <source>%1 is empty and read-only, so BillingDesk cannot create its database in it. Make the file writable or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="325"/>
        <source>%1 is not a BillingDesk database (it is not an SQLite file, or it is damaged). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="332"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="365"/>
        <location filename="../models/storage/Database.cpp" line="382"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="376"/>
        <source>%1 is read-only and has changes in its journal (%2) that cannot be read without write access to its folder. Make the folder writable, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="391"/>
        <location filename="../models/storage/Database.cpp" line="444"/>
        <source>%1 is locked by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="394"/>
        <source>%1 is damaged and cannot be read (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="401"/>
        <source>%1 was written by a newer BillingDesk (schema version %2; this version understands up to %3). Update BillingDesk to open it. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="408"/>
        <source>%1 is read-only and was written by an older BillingDesk (schema version %2; this version reads version %3). A read-only file is never upgraded: make it writable once (it is upgraded after a backup copy %1.v%2.backup), or open an upgraded copy. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="422"/>
        <source>%1 is not a BillingDesk database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="428"/>
        <source>%1 is an SQLite database of another program, not a BillingDesk database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="511"/>
        <source>Cannot write the backup copy %1 before upgrading the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="527"/>
        <source>Upgrading the database to schema version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="575"/>
        <source>No transaction is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::DirectoryService</name>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="113"/>
        <source>Only the management account of %1 (or the administrator) can change it; you are acting as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="135"/>
        <source>An organization with the id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="139"/>
        <source>Account %1 already manages the organization %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="145"/>
        <source>Account %1 is already a member of another organization (%2); an account belongs to at most one organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="163"/>
        <source>%1 (management)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="183"/>
        <source>Added organization %1 managed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="195"/>
        <source>Created organization %1 for unknown payer %2 found in an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="203"/>
        <location filename="../models/services/DirectoryService.cpp" line="238"/>
        <location filename="../models/services/DirectoryService.cpp" line="285"/>
        <source>There is no organization %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="213"/>
        <source>The management account of an organization cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="225"/>
        <source>name &quot;%1&quot; -&gt; &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="227"/>
        <source>email %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="229"/>
        <source>all features on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="229"/>
        <source>all features off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="231"/>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/DirectoryService.cpp" line="246"/>
        <source>%1 still has %n member account(s) besides its management account; remove or move them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="256"/>
        <source>%1 cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="266"/>
        <source>Removed organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="297"/>
        <source>Only the administrator can add an account outside an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="305"/>
        <source>Account %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="306"/>
        <source>Account %1 already exists in organization %2; an account belongs to at most one organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="319"/>
        <source>Added account %1 (%2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="321"/>
        <source>no organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="328"/>
        <location filename="../models/services/DirectoryService.cpp" line="360"/>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="339"/>
        <source>Account %1 is a management account: it stays in its own organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="353"/>
        <source>Edited account %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="365"/>
        <source>Account %1 is the management account of %2: remove the organization instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="371"/>
        <source>Only the administrator can remove a standalone account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="377"/>
        <source>Account %1 cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="384"/>
        <source>Removed account %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::EditLineItemCommand</name>
    <message>
        <location filename="../ui/commands/PricingCommands.cpp" line="350"/>
        <source>Edit custom line item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::EditRuleCommand</name>
    <message>
        <location filename="../ui/commands/PricingCommands.cpp" line="210"/>
        <source>Edit rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::FormatDetector</name>
    <message>
        <location filename="../models/storage/FormatDetector.cpp" line="245"/>
        <source>Microsoft Azure (EA or MCA usage details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/FormatDetector.cpp" line="249"/>
        <source>Google Cloud (billing export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/FormatDetector.cpp" line="253"/>
        <source>Oracle Cloud Infrastructure (cost report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/FormatDetector.cpp" line="264"/>
        <source>Line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/FormatDetector.cpp" line="264"/>
        <source>%1, line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/FormatDetector.cpp" line="265"/>
        <source> (file %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/FormatDetector.cpp" line="272"/>
        <source>%1: the first line is empty; a cost export starts with a header line naming its columns (bill_payer_account_id, ..., or BillingAccountId, ...). Is the file empty or cut short?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/FormatDetector.cpp" line="278"/>
        <source>%1: this is a cost export of %2, which BillingDesk does not read. BillingDesk reads AWS cost exports: CUR 2.0, legacy CUR and FOCUS 1.0 to 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/FormatDetector.cpp" line="306"/>
        <source>The file%3 was declared as %1, but its header is %2. Choose the right format, or &quot;auto&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/FormatDetector.cpp" line="315"/>
        <source>%2: the header (%1) is not an AWS cost export. BillingDesk reads AWS CUR 2.0 (bill_payer_account_id, line_item_unblended_cost, ...), legacy CUR (bill/PayerAccountId, lineItem/UnblendedCost, ...) and FOCUS 1.0 to 1.2 (BillingAccountId, BilledCost, ...) CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/FormatDetector.cpp" line="344"/>
        <source>%3: the column &quot;%1&quot; appears more than once (columns %2); BillingDesk cannot tell which one to use. Remove the extra column and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/FormatDetector.cpp" line="347"/>
        <source>The column &quot;%1&quot; appears more than once (columns %2); it is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/FormatDetector.cpp" line="355"/>
        <source>%3: the %1 file has no column &quot;%2&quot;, which BillingDesk needs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::GenerateUsageDialog</name>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="30"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="31"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="53"/>
        <source>Generate demo usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="57"/>
        <source>Generates AWS CUR 2.0 cost and usage data for every organization in the directory (its management account as the payer) and imports it as billable data. The same seed always gives the same data; months already imported are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="78"/>
        <source>&amp;Months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="79"/>
        <source>&amp;Line items (total):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="80"/>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="99"/>
        <source>&amp;Generate and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="109"/>
        <source>1 organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="109"/>
        <source>%1 organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="110"/>
        <source>, %1 to %2 (about %3 of CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="212"/>
        <source>Canceling: rolling back...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="234"/>
        <source>Importing: %1 of %2 · %3 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="239"/>
        <source>Generating: %L1 of %L2 line items · %L3 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="253"/>
        <source>Done in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="255"/>
        <source>&lt;b style=&apos;color:#2e8b57&apos;&gt;✔ Generated and imported %L1 line items&lt;/b&gt; (%2 of CSV) for %3 to %4: generating took %5, importing %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="262"/>
        <location filename="../ui/GenerateUsageDialog.cpp" line="284"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="268"/>
        <source>&lt;b&gt;Canceled.&lt;/b&gt; Nothing was imported: the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="269"/>
        <source>&lt;span style=&apos;color:#b73a3a&apos;&gt;&lt;b&gt;✖ Not imported:&lt;/b&gt; %1&lt;/span&gt; &lt;small style=&apos;color:#666&apos;&gt;[%2]&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="284"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="60"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="61"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="77"/>
        <location filename="../ui/ImportDialog.cpp" line="245"/>
        <source>Import cost and usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="84"/>
        <source>A CUR 2.0, legacy CUR or FOCUS export (.csv or .csv.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="85"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="87"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="106"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="109"/>
        <source>The amounts are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="110"/>
        <source>&amp;Billable (what AWS charges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="112"/>
        <source>&amp;Pro forma (a Billing Conductor export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="122"/>
        <source>&amp;Replace data already imported for the same payers and months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="125"/>
        <source>&amp;Skip invalid rows (they are written with their reasons to a .rejected.csv file beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="150"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="150"/>
        <location filename="../ui/ImportDialog.cpp" line="293"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="150"/>
        <source>Billing period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="150"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="151"/>
        <source>Billable (what you pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="151"/>
        <source>Public on-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="151"/>
        <location filename="../ui/ImportDialog.cpp" line="303"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="155"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="155"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="155"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="155"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="161"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="246"/>
        <source>Cost exports (*.csv *.csv.gz *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="254"/>
        <source>&lt;span style=&apos;color:#666&apos;&gt;Choose a file, or drop one on the main window.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="266"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: &lt;span style=&apos;color:#b73a3a&apos;&gt;%2&lt;/span&gt; &lt;small style=&apos;color:#666&apos;&gt;[%3]&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="272"/>
        <source>, gzip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="278"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="287"/>
        <source>&lt;tt&gt;%1&lt;/tt&gt; %2&lt;i&gt;(new: will be added as an imported organization)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="293"/>
        <source>Payers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="294"/>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="298"/>
        <source>Billing periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="301"/>
        <source> &lt;span style=&apos;color:#666&apos;&gt;(from the first %L1 rows)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="305"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="361"/>
        <source>The import was canceled: nothing more was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="392"/>
        <source>Canceling: rolling back...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="414"/>
        <source> (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="415"/>
        <source>Importing %1%2: %3 of %4 · %5 · %L6 rows · %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="419"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="434"/>
        <source>Done in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="453"/>
        <source>&lt;p style=&apos;margin:2px 0&apos;&gt;&lt;b style=&apos;color:#2e8b57&apos;&gt;✔ Imported %L1 rows&lt;/b&gt; from %2 (%3) in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="457"/>
        <source> %L1 invalid rows skipped, written with their reasons to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="461"/>
        <source> %L1 rows of unknown line item types kept (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="465"/>
        <source> Replaced an earlier import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="466"/>
        <source> Replaced %1 earlier imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="482"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="482"/>
        <source>Billable amounts are not shown to a bill-source organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="487"/>
        <location filename="../ui/ImportDialog.cpp" line="491"/>
        <source>Exact: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="500"/>
        <source>&lt;p style=&apos;margin:2px 0&apos;&gt;&lt;b&gt;Canceled.&lt;/b&gt; Nothing from %1 was imported: the database is as it was.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="504"/>
        <source>&lt;p style=&apos;margin:2px 0; color:#b73a3a&apos;&gt;&lt;b&gt;✖ Not imported:&lt;/b&gt; %1 &lt;small style=&apos;color:#666&apos;&gt;[%2]&lt;/small&gt;&lt;/p&gt;&lt;p style=&apos;margin:2px 0&apos;&gt;Nothing from this file was written.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="510"/>
        <source>&lt;p style=&apos;margin:2px 0&apos;&gt;1 problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="511"/>
        <source>&lt;p style=&apos;margin:2px 0&apos;&gt;%L1 problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="513"/>
        <source> (the first %1 listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="514"/>
        <source>. Fix the file, or import again with &quot;Skip invalid rows&quot;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="531"/>
        <location filename="../ui/ImportDialog.cpp" line="544"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="544"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ImportService</name>
    <message>
        <location filename="../models/services/ImportService.cpp" line="38"/>
        <source>No file was given to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="42"/>
        <source>%1 is a folder, not a file: choose a cost export (.csv or .csv.gz) inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="47"/>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="50"/>
        <source>%1 is not a regular file (a device or a pipe?): choose a cost export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="56"/>
        <source>The file %1 cannot be read: you have no permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="63"/>
        <source>This file was already imported (import %1, same SHA-256). Choose replace to import it again instead of the earlier import; amounts are never counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/ImportService.cpp" line="93"/>
        <source>it has imported cost data (%n import(s)); remove those imports first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/ImportService.cpp" line="99"/>
        <source>account %1 is the payer of imported cost data (%n import(s)); remove those imports first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="106"/>
        <source>account %1 has imported cost data; remove those imports first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="280"/>
        <source>payer %1, %2 (import %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="288"/>
        <source>This file overlaps data already imported as %1: %2. Choose replace to replace those imports; amounts are never counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="303"/>
        <source>Replaced by import %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="322"/>
        <source>Imported payer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="327"/>
        <source>%1 (payer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="331"/>
        <source>The payer %1 cannot be added as an organization: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="336"/>
        <source>Payer %1 was not in the directory: organization %2 (%3) was created for it and marked imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="366"/>
        <source>The data was imported for %1 (organization %2, payer %3, %4), which the acting account %5 cannot see; switch to account %6 (its management account) or to the administrator to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="380"/>
        <source>The total of payer %1 for %2 is too large to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="383"/>
        <source>The total of the file is too large to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="390"/>
        <source>Imported %1 (%2, %3): %4 rows imported, %5 rejected, %6 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="456"/>
        <source>There is no import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="472"/>
        <source>Removed import %1 of %2 (%3 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="499"/>
        <source>Daily totals are kept per account, service and line item type; they cannot be split by usage type, operation, region or service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="505"/>
        <source>Daily totals are not kept per billing entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="507"/>
        <source>Daily totals are not kept per invoicing entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="509"/>
        <source>Daily totals are not kept per tax type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ImportsModel</name>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="121"/>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="174"/>
        <source>Pro forma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="174"/>
        <source>Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="178"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="201"/>
        <source>Simulated date %1 UTC; imported on %2 UTC by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="206"/>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="208"/>
        <source>%1 rows read, %2 imported, %3 rejected, %4 skipped (other providers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="215"/>
        <source>Billable amounts are not shown to a bill-source organization: its payer sets the price it sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="216"/>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="218"/>
        <source>Exact total: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="239"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="241"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="243"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="245"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="247"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="249"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="251"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="253"/>
        <source>Billable (what you pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="255"/>
        <source>Public on-demand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::InvitationDialog</name>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="67"/>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="184"/>
        <source>Send invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="74"/>
        <source>Invite an organization to transfer its AWS bill to %1. Its management account accepts or declines; from the start month %1 receives and pays that organization&apos;s invoices and sets the prices it sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="76"/>
        <source>your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="79"/>
        <source>&amp;Organization to invite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="79"/>
        <source>management account id (222233334444) or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="88"/>
        <source>That is your own organization: an organization cannot pay for itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="95"/>
        <source>%1 is a member account of %2: invite its management account %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="114"/>
        <source>&amp;Start month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="114"/>
        <source>Billing moves on the 1st at 00:00 UTC; never a partial month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="118"/>
        <source>Must be accepted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="119"/>
        <source>%1 before the start; an invitation not accepted by then expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="122"/>
        <source>Descriptive &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="122"/>
        <source>Company A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="132"/>
        <source>What changes for them: from the start month you receive and pay their AWS invoices; they see prices you set, not AWS&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="142"/>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="148"/>
        <source>Public on-demand prices: no non-public discounts, credits, taxes or support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="151"/>
        <source>The billable data as it is (transfer billing groups only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="152"/>
        <source>&amp;Pricing configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="153"/>
        <source>For the invited organization&apos;s billing group (TRANSFER_BILLING), active from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="155"/>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="155"/>
        <source>optional: team=finance, cost-center=42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="207"/>
        <source>The start must be in the future: %1 has already begun. Choose a later month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="208"/>
        <source>that month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="213"/>
        <source>Too late for %1: the acceptance deadline, %2, has already passed. Choose a later start month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="225"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt; — already passed&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="227"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:%2&apos;&gt;· %3&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="231"/>
        <source>%1 / 1,024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="247"/>
        <source>→ %1 (%2), management account %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="249"/>
        <source>Not in the directory yet: the invitation goes to that account as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::LineItemDialog</name>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="223"/>
        <source>New custom line item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="223"/>
        <source>Edit custom line item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="232"/>
        <source>A fee or a credit on top of the billing group&apos;s pro forma: a support fee, a managed-service fee, shared costs, a credit handed on. Flat amounts are in USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="234"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="234"/>
        <source>e.g. Managed service fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="236"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="236"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="240"/>
        <source>Fee (added to the pro forma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="241"/>
        <source>Credit (subtracted from the pro forma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="242"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="245"/>
        <source>Flat amount (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="246"/>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="247"/>
        <source>&amp;Charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="248"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="248"/>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="402"/>
        <source>e.g. 250</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="253"/>
        <source>of the group&apos;s pro forma &amp;total (flat items excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="262"/>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="271"/>
        <source>and/or of flat &amp;items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="276"/>
        <source>all services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="277"/>
        <source>Only of &amp;service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="277"/>
        <source>A percentage of this one service&apos;s pro forma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="278"/>
        <source>without Savings Plan &amp;negation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="281"/>
        <source>Custom line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="282"/>
        <source>Shown &amp;under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="282"/>
        <source>The service the item appears under on the customer&apos;s bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="287"/>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="291"/>
        <source>&amp;Starts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="291"/>
        <source>A new item starts in the current or the previous month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="294"/>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="299"/>
        <source>In %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="333"/>
        <source>Recurring (no end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="334"/>
        <source>After one month (%1 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="337"/>
        <source>After %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="363"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="363"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="379"/>
        <source>Enter the amount in USD, such as 250.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="380"/>
        <source>Enter the percentage, such as 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="383"/>
        <source>&quot;%1&quot; is not a number: write it as 250 or 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="401"/>
        <source>&amp;Amount (USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="401"/>
        <source>&amp;Percent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="402"/>
        <source>e.g. 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="446"/>
        <source>Worked out once the item is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="469"/>
        <source>%1 on the customer&apos;s bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="470"/>
        <source>%1: %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="475"/>
        <source>Nothing: the item does not apply to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>bill-source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>management account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>member account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>standalone account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>role unknown (the database could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>&amp;New Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>&amp;Open Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>&amp;Apply Scenario...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>E&amp;xport Scenario...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>&amp;Check Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Run the database&apos;s integrity check and say what it found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>Next &amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <location filename="../ui/MainWindow.cpp" line="470"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>Next &amp;Month (1st, 00:00 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>&amp;Pick Date...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>&amp;Reset Demo Data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>&amp;About BillingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Acting &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>▶ next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>▶▶ next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Cost data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>DB: %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>%1
The file has no write permission: it can be read and exported, but no change can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>DB: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>%1 - BillingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>Scenarios are applied and exported by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>Acting as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>Simulated date: &lt;b&gt;%1&lt;/b&gt; %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>Simulated clock (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>Following the real date; move it with Demo &gt; Next Day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>Nothing needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>1 item needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>%1 items need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="378"/>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="426"/>
        <location filename="../ui/MainWindow.cpp" line="430"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="426"/>
        <source>BillingDesk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="431"/>
        <source>%1 already exists; choose a new file name or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="440"/>
        <source>BillingDesk databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="449"/>
        <source>Move the simulated date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="451"/>
        <source>The simulated clock only moves forward. Everything due by the new date happens (invitations expire, transfers come into effect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <location filename="../ui/MainWindow.cpp" line="489"/>
        <location filename="../ui/MainWindow.cpp" line="495"/>
        <source>Reset demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="476"/>
        <source>This replaces the open database&apos;s content with a fresh copy of the demo data in a new database file next to it. Your current file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="478"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <location filename="../ui/MainWindow.cpp" line="508"/>
        <location filename="../ui/MainWindow.cpp" line="513"/>
        <source>Apply scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>Scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="509"/>
        <source>Nothing was changed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="513"/>
        <source>Applied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="520"/>
        <location filename="../ui/MainWindow.cpp" line="525"/>
        <location filename="../ui/MainWindow.cpp" line="532"/>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="526"/>
        <source>The integrity check of %1 found no problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="531"/>
        <source>... and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="533"/>
        <source>The integrity check of %1 found damage:

%2

BillingDesk writes nothing more to this file. Restore the backup that upgrades keep next to it (%1.v&lt;N&gt;.backup) or a backup of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="541"/>
        <location filename="../ui/MainWindow.cpp" line="547"/>
        <location filename="../ui/MainWindow.cpp" line="553"/>
        <source>Export scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="553"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="561"/>
        <source>About BillingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="562"/>
        <source>BillingDesk %1

Billing Transfer, pro forma pricing and invoices across AWS organizations.

Database: %2 (schema version %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::MarginChart</name>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="56"/>
        <location filename="../ui/charts/MarginChart.cpp" line="164"/>
        <source>Billable (what you pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="59"/>
        <source>Pro forma (what the customer sees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="67"/>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="78"/>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="116"/>
        <source>Hover a bar for the exact amounts; click a legend entry to hide or show it; right-click to save as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="163"/>
        <source>What you pay (your payer&apos;s price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="198"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="227"/>
        <source>Other (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="330"/>
        <source>Other: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="332"/>
        <source>%1
Pro forma (what the customer sees): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="335"/>
        <source>%1
What you pay (your payer&apos;s price): %2
Pro forma (what the customer sees): %3
Margin: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="337"/>
        <source>%1
Billable (what you pay): %2
Pro forma (what the customer sees): %3
Margin: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="350"/>
        <source>Save as PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="353"/>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="356"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="356"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarginChart.cpp" line="358"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::MarginPreviewModel</name>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="105"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="108"/>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="139"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="138"/>
        <source>Billable amounts are not shown to a bill-source organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="143"/>
        <source>The billing group&apos;s totals, custom line items included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="144"/>
        <source>%1
Select the row to see which rule priced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="146"/>
        <source>%1, what you pay (your payer&apos;s price): exactly %2 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="147"/>
        <source>%1, billable (what you pay): exactly %2 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="150"/>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="167"/>
        <source>Saved pricing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="153"/>
        <source>%1, pro forma (what the customer sees): exactly %2 USD
Public on-demand: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="157"/>
        <source>Saved pricing: %1 (this edit: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="163"/>
        <source>%1, margin: exactly %2 USD (%3 of pro forma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="164"/>
        <source>no pro forma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="226"/>
        <source>What you pay for these services: the pro forma price your own payer sets (USD), not what AWS charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="228"/>
        <source>What AWS charges you for these services (USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="230"/>
        <source>What your customer sees: public on-demand prices under your pricing plan, with custom line items (USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="233"/>
        <source>Pro forma minus billable (USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="235"/>
        <source>Margin as a share of pro forma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="243"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="246"/>
        <source>What you pay
(your payer&apos;s price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="247"/>
        <source>Billable
(what you pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="249"/>
        <source>Pro forma
(what the customer sees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="251"/>
        <source>Margin
USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MarginPreviewModel.cpp" line="253"/>
        <source>Margin
%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::MessageBar</name>
    <message>
        <location filename="../ui/MessageBar.cpp" line="37"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageBar.cpp" line="50"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageBar.cpp" line="71"/>
        <source>%1 (field: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::OrganizationDialog</name>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="9"/>
        <source>Edit organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="9"/>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="12"/>
        <source>The organization id and management account cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="13"/>
        <source>Register an AWS organization: its id, name and management account (the account that sends, accepts and withdraws billing transfers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="15"/>
        <source>Organization &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="17"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="17"/>
        <source>Northwind Holdings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="20"/>
        <source>&amp;Management account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="22"/>
        <source>Management &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="26"/>
        <source>Management account n&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="26"/>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="30"/>
        <source>Tax &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DirectoryDialogs.cpp" line="33"/>
        <source>All features enabled (not only consolidated billing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::OrganizationsModel</name>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="69"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="70"/>
        <source>All features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="70"/>
        <source>Consolidated billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="76"/>
        <source>%1
Created by an import for a payer that was not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="90"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="92"/>
        <source>Organization id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="94"/>
        <source>Management account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="96"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="98"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrganizationsModel.cpp" line="100"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::OrganizationsTab</name>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="61"/>
        <source>Filter by name, id, account or email...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="63"/>
        <source>+ &amp;New organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="76"/>
        <source>No organizations yet. Add one with &quot;New organization&quot;, or load the demo with Demo &gt; Reset Demo Data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="102"/>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="104"/>
        <source>&amp;Remove...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="109"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="120"/>
        <source>+ Add &amp;account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="122"/>
        <source>Edit a&amp;ccount...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="124"/>
        <source>Remove acco&amp;unt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="203"/>
        <source>No organization selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="204"/>
        <source>Select an organization to see its management account and accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="216"/>
        <source>Organization id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="217"/>
        <source>Management account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="221"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="222"/>
        <source>Tax country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="223"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="223"/>
        <source>All features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="223"/>
        <source>Consolidated billing only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="225"/>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="225"/>
        <source>Created by an import (unknown payer): complete its email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="246"/>
        <source>Only the management account of %1 (or the administrator) can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="262"/>
        <source>Add organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="269"/>
        <source>Added organization %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="288"/>
        <source>Edit organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="301"/>
        <source>Remove organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="302"/>
        <source>Remove %1 (%2) and its management account %3 from the directory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="304"/>
        <location filename="../ui/OrganizationsTab.cpp" line="362"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="312"/>
        <source>Remove organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="319"/>
        <source>Removed %1. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="332"/>
        <source>Add account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="336"/>
        <source>Added account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="350"/>
        <source>Edit account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="361"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="361"/>
        <source>Remove account %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrganizationsTab.cpp" line="367"/>
        <source>Remove account %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::PlanDialog</name>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="80"/>
        <source>New pricing plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="80"/>
        <source>Edit pricing plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="84"/>
        <source>A custom plan is a set of rules (markups and discounts on public on-demand prices) that any of your billing groups can use. Add its rules after creating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="86"/>
        <source>The name and description of the plan. Its rules are edited in the Plans and rules page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="88"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="88"/>
        <source>e.g. Partner standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="91"/>
        <source>Give the plan a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="94"/>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="105"/>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="97"/>
        <source>%1 is the name of an AWS-managed plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="101"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="101"/>
        <source>optional: who it is for, what it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="110"/>
        <source>Create plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="110"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::PricingDialog</name>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="108"/>
        <source>Pricing configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="113"/>
        <source>The billing group of %1 (&quot;%2&quot;) prices its usage for the pro forma view it sees. Changes apply to the current billing period; closed periods stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="129"/>
        <source>&amp;Pricing plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="130"/>
        <source>AWS-managed plans are free; a custom plan (type its name) costs USD 50 per organization and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="135"/>
        <source>Name the pricing plan (1 to 128 characters), e.g. BasicPricingPlan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="139"/>
        <source>Set pricing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::PricingPlansModel</name>
    <message>
        <location filename="../models/itemmodels/PricingPlansModel.cpp" line="81"/>
        <source>AWS-managed, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingPlansModel.cpp" line="82"/>
        <source>Custom plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingPlansModel.cpp" line="95"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingPlansModel.cpp" line="96"/>
        <source>1 group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingPlansModel.cpp" line="97"/>
        <source>%1 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingPlansModel.cpp" line="114"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingPlansModel.cpp" line="116"/>
        <source>An AWS-managed plan has no rules of its own and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingPlansModel.cpp" line="133"/>
        <source>Pricing plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingPlansModel.cpp" line="135"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingPlansModel.cpp" line="137"/>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::PricingRule</name>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="215"/>
        <source>%1% markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="217"/>
        <source>%1% discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="219"/>
        <source>free tier on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Pricing.cpp" line="219"/>
        <source>free tier off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::PricingRulesModel</name>
    <message>
        <location filename="../models/itemmodels/PricingRulesModel.cpp" line="89"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingRulesModel.cpp" line="89"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingRulesModel.cpp" line="117"/>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingRulesModel.cpp" line="135"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingRulesModel.cpp" line="137"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingRulesModel.cpp" line="139"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingRulesModel.cpp" line="141"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingRulesModel.cpp" line="143"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingRulesModel.cpp" line="145"/>
        <source>Billing entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingRulesModel.cpp" line="147"/>
        <source>Usage type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingRulesModel.cpp" line="149"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingRulesModel.cpp" line="151"/>
        <source>Free tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::PricingService</name>
    <message>
        <location filename="../models/services/PricingService.cpp" line="259"/>
        <source>it is an account of the billing group %1, whose pricing history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="268"/>
        <source>it has the billing group &quot;%1&quot; (%2), whose pricing history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="275"/>
        <source>it owns the pricing plan &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="361"/>
        <source>There is no pricing plan &quot;%1&quot;: use BasicPricingPlan, Passthrough or one of your custom plans (plans list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="369"/>
        <source>%1 plans are named &quot;%2&quot; (%3): give the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="539"/>
        <source>There is no billing group &quot;%1&quot; among the groups you configure (groups list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="545"/>
        <source>%1 billing groups are named &quot;%2&quot; (%3): give the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="773"/>
        <source>Name the pricing plan (1 to 128 characters), e.g. BasicPricingPlan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="780"/>
        <source>Passthrough is only for transfer billing groups; &quot;%1&quot; is a STANDARD group: use BasicPricingPlan or a custom plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="825"/>
        <location filename="../models/services/PricingService.cpp" line="877"/>
        <source>pricing plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="830"/>
        <location filename="../models/services/PricingService.cpp" line="881"/>
        <source>%1 is the name of an AWS-managed plan: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="835"/>
        <source>You already have a pricing plan named &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="848"/>
        <source>Added the pricing plan &quot;%1&quot; (%2) from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="887"/>
        <source>There is already a pricing plan named &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="905"/>
        <source>Pricing plan %1: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="933"/>
        <source>The billing group &quot;%1&quot; (%2) uses &quot;%3&quot; in %4: give it another plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="969"/>
        <source>Removed the pricing plan &quot;%1&quot; from %2 (kept for the closed periods priced with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="972"/>
        <source>Removed the pricing plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1036"/>
        <source>Plan &quot;%1&quot;: added %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1059"/>
        <location filename="../models/services/PricingService.cpp" line="1113"/>
        <source>There is no rule %1 in effect in %2 among your plans&apos; rules (rules list --plan NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1090"/>
        <source>Plan &quot;%1&quot;: %2 -&gt; %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1131"/>
        <source>Plan &quot;%1&quot;: removed %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1163"/>
        <source>Billing group &quot;%1&quot;: pricing plan %2 -&gt; %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1164"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1227"/>
        <source>billing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1235"/>
        <source>A STANDARD billing group holds accounts of one organization; the first account is in none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1245"/>
        <source>You already have a billing group named &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1278"/>
        <source>Added the STANDARD billing group &quot;%1&quot; (%2) with %3, pricing plan %4, from %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1297"/>
        <source>&quot;%1&quot; is a transfer billing group: it covers every account of %2, chosen by nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1343"/>
        <source>Billing group &quot;%1&quot;: accounts %2 -&gt; %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1363"/>
        <source>&quot;%1&quot; is a transfer billing group: it ends with its transfer (transfers withdraw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1410"/>
        <source>Removed the STANDARD billing group &quot;%1&quot; from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1489"/>
        <source>Billing group &quot;%1&quot;: added %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1509"/>
        <location filename="../models/services/PricingService.cpp" line="1560"/>
        <source>There is no custom line item %1 in effect (line-items list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1540"/>
        <source>Billing group &quot;%1&quot;: %2 -&gt; %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1570"/>
        <source>&quot;%1&quot; (%2) is a percentage of this item: remove or edit it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/PricingService.cpp" line="1588"/>
        <source>Billing group &quot;%1&quot;: removed %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::PricingTab</name>
    <message>
        <location filename="../ui/PricingTab.cpp" line="224"/>
        <source>&amp;Billing groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="225"/>
        <source>Plans and &amp;rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="226"/>
        <source>Custom &amp;line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="278"/>
        <source>Filter by group, organization or plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="281"/>
        <source>+ &amp;Standard group...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="282"/>
        <location filename="../ui/PricingTab.cpp" line="819"/>
        <source>A billing group of chosen accounts of your own organization, with a plan of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="334"/>
        <source>&amp;Pricing plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="338"/>
        <source>Choose a plan to preview it on the right; Apply makes it the group&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="340"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="361"/>
        <source>Pricing plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="362"/>
        <source>+ New &amp;plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="363"/>
        <source>A custom plan: markups and discounts on public on-demand prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="364"/>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="365"/>
        <location filename="../ui/PricingTab.cpp" line="447"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="390"/>
        <source>+ Add r&amp;ule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="391"/>
        <source>A new rule in the selected plan (Ctrl+Shift+R); the preview prices it as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="393"/>
        <location filename="../ui/PricingTab.cpp" line="412"/>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="403"/>
        <source>No rules yet: the plan prices everything at public on-demand. Add a rule, such as a 10 % discount on one service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="443"/>
        <source>+ &amp;Add item...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="444"/>
        <source>A fee or a credit on top of the group&apos;s pro forma (Ctrl+Shift+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="446"/>
        <source>Ed&amp;it...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="459"/>
        <source>Remove custom line item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="467"/>
        <source>Percentages are of the group&apos;s pro forma total, which excludes flat items. A change applies from the current billing period; closed periods keep their prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="485"/>
        <source>What-if preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="490"/>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="497"/>
        <source>Save chart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="498"/>
        <source>Save the chart as a PNG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="545"/>
        <location filename="../ui/PricingTab.cpp" line="1491"/>
        <source>Billable (what you pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="546"/>
        <source>Pro forma (what the customer sees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="548"/>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="549"/>
        <source>Margin %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="570"/>
        <source>Why this price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="739"/>
        <source>Pricing is set by your payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="741"/>
        <source>Another organization pays your organization&apos;s AWS bill and sets the prices you see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="743"/>
        <source>%1 pays your organization&apos;s AWS bill and sets the prices you see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="745"/>
        <source>Its pricing plans, what it pays AWS (billable amounts) and its margin are its own, so this tab shows none of them. Your organization&apos;s costs at the prices it sets are on the Cost data tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="749"/>
        <source>To configure pricing, act as a payer&apos;s management account (&quot;Acting as&quot; above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="752"/>
        <source>Pricing is not available to this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="754"/>
        <source>Billing groups and pricing plans are configured by the management account of a payer: choose one under &quot;Acting as&quot; above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="813"/>
        <source>No billing groups yet. A transfer billing group is created with each invitation a payer sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="814"/>
        <source>No billing groups yet. Each organization whose bill you pay gets a transfer billing group when you invite it; a standard group prices chosen accounts of your own organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="821"/>
        <source>A payer&apos;s management account adds standard groups: choose one under &quot;Acting as&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1048"/>
        <source>the new rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1050"/>
        <source>Unsaved rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1051"/>
        <source>Discard your unsaved change to %1? The preview goes back to the saved pricing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1051"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1073"/>
        <source>%1 (the group&apos;s plan now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1080"/>
        <source>Passthrough is only for transfer billing groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1131"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1133"/>
        <source>Transfer billing: every account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PricingTab.cpp" line="1134"/>
        <source>Standard: %n chosen account(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1136"/>
        <source>Primary account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1138"/>
        <source>Active since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1146"/>
        <source>&amp;Apply from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1148"/>
        <source>Make %1 the plan of %2 from %3 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1150"/>
        <source>Choose another plan to preview it; Apply makes it the group&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1152"/>
        <source>Previewing %1 on the right. Applied, it prices %2 from %3, the current billing period; closed periods keep the prices they were computed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1155"/>
        <source>A plan change applies from %1, the current billing period; closed periods keep the prices they were computed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1167"/>
        <source>Rename the plan or change its description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1168"/>
        <source>An AWS-managed plan cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1169"/>
        <source>An AWS-managed plan cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PricingTab.cpp" line="1171"/>
        <source>%n billing group(s) use this plan: give them another plan first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1172"/>
        <source>Remove the plan and its rules (Edit &gt; Undo brings them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1173"/>
        <source>Rules of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1173"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1185"/>
        <source>No pricing plan selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1187"/>
        <source>%1

AWS-managed and read-only. Create a custom plan to set markups or discounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1189"/>
        <source>Public on-demand prices, without non-public discounts, credits, taxes or support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1193"/>
        <source>%1

AWS-managed and read-only; only for transfer billing groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1195"/>
        <source>The customer sees the billable data as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1204"/>
        <source>Custom line items of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1204"/>
        <source>Custom line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1216"/>
        <source>%1 has no custom line items. Add a support fee, a managed-service fee or a credit you hand on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1218"/>
        <location filename="../ui/PricingTab.cpp" line="1447"/>
        <source>Select a billing group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1249"/>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1254"/>
        <source>No cost data for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1257"/>
        <source>The current billing period: changes apply from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1258"/>
        <source>A closed period: it keeps the prices it was computed with; an edit shows here as a what-if only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1337"/>
        <source>with your unsaved change to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1337"/>
        <location filename="../ui/PricingTab.cpp" line="1339"/>
        <source>a new rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1338"/>
        <source>if it used %1, with your unsaved change to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1352"/>
        <source>if it used %1 (not applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1401"/>
        <source>Select a billing group to see what its customer sees against what you pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1403"/>
        <source>No preview: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1405"/>
        <source>%1 is not priced in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1408"/>
        <source>%1 in %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1409"/>
        <source>%1 in %2, priced with %3 as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1412"/>
        <source>%1 is closed: it keeps its prices; this is what the change would have done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1416"/>
        <source>No cost data for this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1420"/>
        <source>What-if, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1422"/>
        <source>The preview prices a change that is not saved; the cells it changes are highlighted and their tooltips give the saved figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1439"/>
        <source>%1, %2: your payer&apos;s price vs pro forma by service (what-if)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1440"/>
        <source>%1, %2: your payer&apos;s price vs pro forma by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1442"/>
        <source>%1, %2: billable vs pro forma by service (what-if)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1443"/>
        <source>%1, %2: billable vs pro forma by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1446"/>
        <source>No cost data for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1490"/>
        <source>What you pay (your payer&apos;s price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1496"/>
        <location filename="../ui/PricingTab.cpp" line="1519"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1498"/>
        <source>▼ %1 vs saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1499"/>
        <source>▲ %1 vs saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1502"/>
        <location filename="../ui/PricingTab.cpp" line="1503"/>
        <location filename="../ui/PricingTab.cpp" line="1504"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1502"/>
        <source>Billable amounts are not shown in this context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1509"/>
        <source>Exactly %1 USD: the price your own payer sets for these accounts, not what AWS charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1510"/>
        <source>Exactly %1 USD: what AWS charges for the group&apos;s accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1513"/>
        <source>Exactly %1 USD: pro forma minus billable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1520"/>
        <source>was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1523"/>
        <source>Margin as a share of pro forma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1527"/>
        <source>Exactly %1 USD: public on-demand %2 under the plan, plus custom line items %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1539"/>
        <source>Select a service in the table above to see which rule priced it, on which public on-demand base, and which custom line items apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1555"/>
        <source>All services of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1559"/>
        <source>saved plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1563"/>
        <source>This explains the saved pricing; the what-if above is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1566"/>
        <source>No usage is priced here: only custom line items or charges outside the plan (credits, taxes, support, fees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1573"/>
        <source>Priced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1573"/>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1574"/>
        <source>Public on-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1574"/>
        <source>Pro forma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1575"/>
        <source>Line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1579"/>
        <source>no rule: public on-demand as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1590"/>
        <source>Public on-demand base %1, pro forma %2 (before custom line items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1593"/>
        <source>Public on-demand base %1, pro forma %2 (before custom line items); you pay %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1601"/>
        <source>Custom line items of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1605"/>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1606"/>
        <source>%1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1609"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1611"/>
        <source>on a basis of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1617"/>
        <source>No custom line items apply to the group in this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1693"/>
        <source>Created the plan &quot;%1&quot;. Add its rules below; then choose it for a billing group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1708"/>
        <source>Saved the plan &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PricingTab.cpp" line="1725"/>
        <source>Removed the plan &quot;%1&quot; and its %n rule(s). Edit &gt; Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1766"/>
        <source>Added the rule &quot;%1&quot;. It applies from %2; closed periods keep their prices. Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1780"/>
        <source>Saved the rule &quot;%1&quot;. It applies from %2; closed periods keep their prices. Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1797"/>
        <source>Removed the rule &quot;%1&quot; from %2. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1814"/>
        <source>%1 is priced with %2 from %3. %4 and earlier keep the prices they were computed with. Edit &gt; Undo goes back to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PricingTab.cpp" line="1839"/>
        <source>Created the standard billing group &quot;%1&quot; with %n account(s), priced with %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1867"/>
        <source>Added &quot;%1&quot; to %2. Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1883"/>
        <source>Saved &quot;%1&quot;. The change applies from %2; closed periods keep their prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1894"/>
        <source>Removed &quot;%1&quot;. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1899"/>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1902"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1902"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1906"/>
        <source>Saved the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingTab.cpp" line="1908"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ProFormaService</name>
    <message>
        <location filename="../models/services/ProFormaService.cpp" line="229"/>
        <source>This account belongs to no organization: it has no pricing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ProFormaService.cpp" line="302"/>
        <source>The margin is the payer&apos;s: a bill-source organization sees only the pro forma prices its payer sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ProFormaService.cpp" line="321"/>
        <source>Only the payer that configures a billing group&apos;s pricing can see why a price is what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ProFormaService.cpp" line="329"/>
        <location filename="../models/services/ProFormaService.cpp" line="356"/>
        <source>No billing group &quot;%1&quot; is priced in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ProFormaService.cpp" line="363"/>
        <source>Only the payer that configures a billing group&apos;s pricing can preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ProFormaService.cpp" line="367"/>
        <source>The billing group was not priced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ProFormaService.cpp" line="376"/>
        <source>The Billing Conductor fee is on the payer&apos;s own invoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::RelationshipGraph</name>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="51"/>
        <source>No transfers to draw yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="154"/>
        <source>END CUSTOMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="156"/>
        <source>SELLING PARTNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="157"/>
        <source>DISTRIBUTOR (PAYS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="160"/>
        <source>BILL SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="160"/>
        <source>PAYER (BILL TRANSFER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="432"/>
        <source>YOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="523"/>
        <location filename="../ui/RelationshipGraph.cpp" line="525"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="530"/>
        <source>&lt;br&gt;Pays for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="532"/>
        <source>&lt;br&gt;Bill paid by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="534"/>
        <source>&lt;br&gt;&lt;i&gt;Your organization&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="543"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;%3 → %4 pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="548"/>
        <source>&lt;br&gt;&lt;i&gt;Inherited through a two-level chain&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="549"/>
        <source>&lt;br&gt;Click to select the transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="581"/>
        <source>Save as PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="583"/>
        <source>Show declined, canceled, expired and ended transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="590"/>
        <source>Save graph as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="590"/>
        <source>who-pays-for-whom.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="591"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RelationshipGraph.cpp" line="593"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::RemoveLineItemCommand</name>
    <message>
        <location filename="../ui/commands/PricingCommands.cpp" line="370"/>
        <source>Remove custom line item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::RemovePlanCommand</name>
    <message>
        <location filename="../ui/commands/PricingCommands.cpp" line="148"/>
        <source>Remove pricing plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::RemoveRuleCommand</name>
    <message>
        <location filename="../ui/commands/PricingCommands.cpp" line="233"/>
        <source>Remove rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::RenameTransferDialog</name>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="90"/>
        <source>Rename transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="93"/>
        <source>The descriptive name shows on billing views and invoices of both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="94"/>
        <source>Descriptive &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="98"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ResponsibilityTransfer</name>
    <message>
        <location filename="../models/domain/ResponsibilityTransfer.cpp" line="146"/>
        <source>Awaiting response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ResponsibilityTransfer.cpp" line="148"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ResponsibilityTransfer.cpp" line="150"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ResponsibilityTransfer.cpp" line="152"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ResponsibilityTransfer.cpp" line="154"/>
        <source>Accepted, begins on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ResponsibilityTransfer.cpp" line="156"/>
        <source>In effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ResponsibilityTransfer.cpp" line="159"/>
        <location filename="../models/domain/ResponsibilityTransfer.cpp" line="165"/>
        <source>Withdrawn before it began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ResponsibilityTransfer.cpp" line="161"/>
        <source>Withdrawn, ends on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ResponsibilityTransfer.cpp" line="162"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ResponsibilityTransfer.cpp" line="166"/>
        <source>Ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::RuleEditor</name>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="138"/>
        <source>e.g. S3 partner discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="146"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="146"/>
        <source>What the rule is called in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="147"/>
        <source>S&amp;cope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="148"/>
        <source>What the rule applies to. The most specific rule wins: SKU, then service, then billing entity, then global.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="165"/>
        <source>e.g. 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="170"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="171"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="172"/>
        <source>A markup or discount on the public on-demand price, or tiering (the free tier on or off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="173"/>
        <source>&amp;Percent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="174"/>
        <source>Of the public on-demand price, with up to two decimals: a discount up to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="181"/>
        <source>e.g. AmazonEC2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="187"/>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="188"/>
        <source>The service code, as in the cost data (AmazonEC2, AmazonS3, ...): type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="189"/>
        <source>&amp;Billing entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="190"/>
        <source>AWS or AWS Marketplace charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="195"/>
        <source>e.g. BoxUsage:m5.large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="197"/>
        <source>e.g. RunInstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="198"/>
        <source>&amp;Usage type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="199"/>
        <source>For a SKU rule: a usage type seen in the cost data of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="200"/>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="201"/>
        <source>For a SKU rule: an operation seen with that usage type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="204"/>
        <source>&amp;Free tier activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="206"/>
        <source>Tiering rules only: whether the AWS free tier applies to the customer&apos;s usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="212"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="214"/>
        <source>Forget the unsaved change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="215"/>
        <location filename="../ui/RuleEditor.cpp" line="460"/>
        <source>&amp;Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="218"/>
        <source>Save the rule (Ctrl+S or Enter in a field). It applies from the current billing period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="340"/>
        <source>Select a rule to edit it, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="342"/>
        <source>New rule in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="344"/>
        <source>Edit rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="444"/>
        <source>Enter the percentage, such as 10 or 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="445"/>
        <source>&quot;%1&quot; is not a percentage: write a number such as 10 or 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="460"/>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RuleEditor.cpp" line="469"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ScenarioService</name>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="358"/>
        <source>Only the administrator applies a scenario (it sets up organizations of several owners); you are acting as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="363"/>
        <source>The scenario is empty: it needs at least &quot;format&quot;: &quot;%1&quot; and &quot;version&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="373"/>
        <source>format must be &quot;%1&quot;; this is not a BillingDesk scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="377"/>
        <source>version must be %1 (this BillingDesk reads scenario version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="390"/>
        <source>an ISO 8601 date and time, e.g. 2026-01-15T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="400"/>
        <source>an object of key-value pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="406"/>
        <source>Set the clock with the top-level &quot;clock&quot; key, not as a setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="427"/>
        <source>The section %1 cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="437"/>
        <source>Applied a scenario (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="453"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="456"/>
        <source>%1 is %2 MB; a scenario may be at most %3 MB (about 45,000 organizations with 225,000 accounts). Split it into several scenarios and apply them one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="472"/>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="479"/>
        <source>%1 is not a scenario: it must hold one JSON object {&quot;format&quot;: &quot;%2&quot;, ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="504"/>
        <source>Only the administrator exports the scenario; you are acting as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="541"/>
        <source>The demo scenario is missing from this build (:/scenarios/demo.json).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::SetGroupPlanCommand</name>
    <message>
        <location filename="../ui/commands/PricingCommands.cpp" line="260"/>
        <source>Change the plan of a billing group to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::StandardGroupDialog</name>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="129"/>
        <source>New standard billing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="134"/>
        <source>A standard billing group prices chosen accounts of %1 with a plan of your own, for showback or chargeback inside your organization. An account is in at most one billing group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="136"/>
        <source>your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="138"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="138"/>
        <source>e.g. Data platform team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="141"/>
        <source>Give the group a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="144"/>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="155"/>
        <source>&amp;Pricing plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="155"/>
        <source>From the current billing period on; you can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="169"/>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="171"/>
        <source>  (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="179"/>
        <source>&amp;Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="184"/>
        <source>Choose the accounts the group covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PricingDialogs.cpp" line="187"/>
        <source>Create group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::TransferService</name>
    <message numerus="yes">
        <location filename="../models/services/TransferService.cpp" line="86"/>
        <source>it is a party to %n responsibility transfer(s), whose history is kept for audit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="172"/>
        <source>Name the transfer: its id (rt-...), its handshake id (h-...) or its descriptive name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="195"/>
        <source>There is no transfer with the id or name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="196"/>
        <source>There is no transfer with the id or name &quot;%1&quot; among the transfers of the account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="203"/>
        <source>%1 transfers are named &quot;%2&quot;: %3. Give the id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="253"/>
        <location filename="../models/services/TransferService.cpp" line="921"/>
        <source>&quot;%1&quot; has no billing group (the invitation was declined, canceled or expired, or the transfer never took effect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="327"/>
        <source>Could not generate a unique billing group id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="352"/>
        <source>Created the TRANSFER_BILLING billing group %1 (PENDING) for %2, primary account %3; no pricing configured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="355"/>
        <source>Created the TRANSFER_BILLING billing group %1 (PENDING) for %2, primary account %3, pricing plan %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="369"/>
        <source>Deleted the pending billing group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="413"/>
        <source>This transfer would make a cycle: %1 already pays, directly or through a chain, for the payer of %2. Bills can only flow one way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="439"/>
        <source>This transfer would make a chain of %1 levels; at most two are allowed (end customer -&gt; selling partner -&gt; distributor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="462"/>
        <source>The current transfer of %1, &quot;%2&quot; (%3), is withdrawn but runs until %4; a new transfer can start in %5 at the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="472"/>
        <source>There is already a transfer from %1 to %2: &quot;%3&quot; (%4, %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="477"/>
        <source>%1 already has a transfer that is %2 (&quot;%3&quot;, %4, paid by %5); an organization has at most one. It must be withdrawn first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="501"/>
        <source>%1 already has %2 inbound transfer(s) requested or not yet ended; its quota is %3 (setting transfers.inboundQuota).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="517"/>
        <source>Invitations are sent from a management account: act as the payer&apos;s management account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="519"/>
        <source>Account %1 is not the management account of an organization; only a management account can invite an organization to transfer its bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="528"/>
        <source>Give the invited organization&apos;s management account id (12 digits) or its email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="541"/>
        <source>%1 belongs to account %2, which is not a management account; invite the organization&apos;s management account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="548"/>
        <source>No organization&apos;s management account has the email %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="558"/>
        <source>Account %1 is not in an organization; only an organization&apos;s management account can be invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="561"/>
        <source>Account %1 is a member of %2, not its management account; invite the management account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="566"/>
        <source>There is no account %1 in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="572"/>
        <source>An organization cannot transfer its bill to itself: %1 is your own organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="582"/>
        <source>A pricing plan name has at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="597"/>
        <source>A tag needs a key of 1 to 128 characters and a value of at most 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="602"/>
        <source>Choose the start month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="606"/>
        <source>A transfer starts on the 1st of a future month; %1 has already begun. The earliest start is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="614"/>
        <source>Too late to start in %1: the invitation would have to be accepted by %2, which has passed (acceptance closes %3 hours before the start). Choose %4 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="678"/>
        <source>&quot;%1&quot; is not a transfer id: rt- followed by 8 to 32 lowercase letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="681"/>
        <source>A transfer with the id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="687"/>
        <source>&quot;%1&quot; is not a handshake id: h- followed by 8 to 32 lowercase letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="691"/>
        <source>A transfer with the handshake id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="702"/>
        <source>Could not generate a unique transfer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="715"/>
        <source>%1 invited %2 (%3) to transfer its bill as &quot;%4&quot; from %5; accept by %6; pricing %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="763"/>
        <source>%1 accepted: %2 pays the bill of %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="770"/>
        <source>%1 declined the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="774"/>
        <source>%1 canceled the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="783"/>
        <source>the invitation was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="784"/>
        <source>the invitation was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="835"/>
        <source>%1 renamed &quot;%2&quot; to &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="863"/>
        <source>Choose the end month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="866"/>
        <source>A withdrawal ends at the end of the current month or of a later one; %1 is over. The earliest end is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="872"/>
        <source>&quot;%1&quot; starts in %2: end it in %3 (it then never takes effect) or in %2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="887"/>
        <source>%1 withdrew the transfer before it began: it never takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="888"/>
        <source>%1 withdrew the transfer: %2 pays the bill of %3 until %4, 23:59:59 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="895"/>
        <source>the transfer was withdrawn before it began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="917"/>
        <source>Name the pricing plan (1 to 128 characters), e.g. BasicPricingPlan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="937"/>
        <source>%1 set the pricing plan of billing group %2: %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="939"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="950"/>
        <source>The billing group of &quot;%1&quot; was not found after its pricing was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="987"/>
        <source>Inherited: %1 pays for %2 through %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1010"/>
        <source>%1 pays for %2 too: inherited through %3 (&quot;%4&quot;) from %5 (&quot;%6&quot;); configure the pricing of its billing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1037"/>
        <source>Ends with %1, which was withdrawn: it never takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1038"/>
        <source>Ends with %1, which was withdrawn: %2 pays until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1044"/>
        <source>the transfer it was inherited through never takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1066"/>
        <source>Expired: not accepted by the deadline %1 (the clock passed it; now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1076"/>
        <source>Deleted the pending billing group %1: the invitation expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1089"/>
        <source>The transfer took effect; billing group %1 is ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1115"/>
        <source>Only the two organizations of &quot;%1&quot; can read its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1180"/>
        <source>Accept or decline &quot;%1&quot; from %2 by %3 (billing would move to %2 on %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1185"/>
        <source>Remind %1 to accept &quot;%2&quot; before it expires, or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1194"/>
        <source>Check the pricing of &quot;%1&quot; before billing for %2 moves to you on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1198"/>
        <source>Invite %1 again if you should go on paying its bill: &quot;%2&quot; ends on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1200"/>
        <source>Get ready to pay your own AWS bill again from %1: &quot;%2&quot; with %3 ends on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1207"/>
        <source>Configure the pricing of the billing group of %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1240"/>
        <source>The attention list belongs to an acting account: choose one under &quot;Acting as&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1246"/>
        <source>&quot;%1&quot; is not in your attention list (see transfers attention --all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1249"/>
        <source>A snooze lasts until a later moment than now (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1282"/>
        <source>Unknown key &quot;%1&quot; in %2. Known keys: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1289"/>
        <source>%1 must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1301"/>
        <location filename="../models/services/TransferService.cpp" line="1326"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1311"/>
        <source>an object with id, name, source, target, start and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1322"/>
        <source>an object of text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1330"/>
        <source>a list of steps ({&quot;action&quot;: ..., &quot;at&quot;: ...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1338"/>
        <source>an object such as {&quot;action&quot;: &quot;accept&quot;, &quot;at&quot;: &quot;2026-01-05T10:00:00Z&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1351"/>
        <source>&quot;transfers&quot; must be a list of transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1368"/>
        <source>Each transfer needs an id: rt- followed by 8 to 32 lowercase letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1376"/>
        <source>&quot;tags&quot; is an object of KEY: VALUE strings, e.g. {&quot;cost-center&quot;: &quot;42&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1383"/>
        <source>The value of the tag &quot;%1&quot; must be a string (&quot;&quot; for an empty value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1392"/>
        <source>A transfer&apos;s steps start with the invitation ({&quot;action&quot;: &quot;invite&quot;, &quot;at&quot;: ...}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1398"/>
        <source>Each step needs its clock time, e.g. &quot;2026-01-05T10:00:00Z&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1455"/>
        <source>The invitation&apos;s target %1 is not the management account of an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1471"/>
        <source>The end month is written YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1487"/>
        <source>Unknown step &quot;%1&quot;: use invite, accept, decline, cancel, rename, withdraw, pricing or expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1492"/>
        <source>%1 (%2 of %3 at %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1516"/>
        <source>The transfer %1 was not found after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::TransfersModel</name>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="213"/>
        <source>%1 awaiting response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="216"/>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="220"/>
        <source>%1 in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="222"/>
        <source>%1 in effect (%2 ending on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="225"/>
        <source>%1 in effect (%2 ending by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="229"/>
        <source>%1 withdrawn, not in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="232"/>
        <source>%1 ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="235"/>
        <source>%1 declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="238"/>
        <source>%1 canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="241"/>
        <source>%1 expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="254"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="288"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="328"/>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="339"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="328"/>
        <source>%1
%2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="330"/>
        <source>%1
Organization %2, management account %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="333"/>
        <source>%1 (status %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="335"/>
        <source>Starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="338"/>
        <source>No pricing configuration: the billing group cannot price the usage of this organization yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="342"/>
        <source>Ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="344"/>
        <source>Open-ended: runs until either side withdraws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="372"/>
        <source>The pricing configuration of the bill source&apos;s billing group (TRANSFER_BILLING)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="374"/>
        <source>The last day the payer pays for (23:59:59 UTC); — while the transfer runs until withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="379"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="382"/>
        <source>Bill source → payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="383"/>
        <source>Bill source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="383"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="385"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="387"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="389"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="391"/>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::TransfersTab</name>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="325"/>
        <source>Filter by name, organization, account or id...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="330"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="331"/>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="332"/>
        <source>Awaiting response, accepted, in effect or withdrawn and not yet ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="337"/>
        <source>+ &amp;Send invitation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="358"/>
        <location filename="../ui/TransfersTab.cpp" line="740"/>
        <source>Inbound (you pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="376"/>
        <source>Outbound (paid by someone else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="402"/>
        <source>Who pays for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="404"/>
        <source>Arrows run from the bill source to its payer. Click an arrow to select the transfer; right-click to save as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="412"/>
        <source>Accepted, begins later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="414"/>
        <source>Withdrawn, ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="415"/>
        <location filename="../ui/TransfersTab.cpp" line="1195"/>
        <source>Inherited through a chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="436"/>
        <location filename="../ui/TransfersTab.cpp" line="624"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="439"/>
        <source>Snooze a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="440"/>
        <source>Hide the selected entry for seven days (of the simulated clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="443"/>
        <location filename="../ui/TransfersTab.cpp" line="1520"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="444"/>
        <source>Hide the selected entry for good (right-click the list to show dismissed entries again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="459"/>
        <source>Double-click an entry to open the place where it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="462"/>
        <source>Nothing needs your action: no invitation awaits your answer, and nothing you pay for starts, ends or lacks pricing this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="505"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="506"/>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="507"/>
        <source>&amp;Cancel invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="508"/>
        <source>&amp;Withdraw...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="509"/>
        <source>Re&amp;name...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="510"/>
        <source>&amp;Pricing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="534"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="624"/>
        <source>Needs attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="684"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="686"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="740"/>
        <source>All transfers (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="763"/>
        <source>No transfers match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="767"/>
        <source>No transfers yet. Act as a management account to send an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="771"/>
        <source>Your organization pays for no other organization. Send an invitation to take over an organization&apos;s AWS bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="773"/>
        <source>Nobody else pays your organization&apos;s bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="944"/>
        <source>Act as a management account (&quot;Acting as&quot; above) to send or answer invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="973"/>
        <source>The administrator only looks: act as the management account of %1 or of %2 to change this transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="976"/>
        <source>Only the management accounts of %1 and %2 act on this transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="978"/>
        <source>Inherited through a chain: it follows the transfers it came from; withdraw one of those instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="982"/>
        <source>Accept by %1. Billing moves to %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="985"/>
        <source>The acceptance deadline (%1) has passed: the invitation expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="987"/>
        <source>Waiting for %1 to accept or decline by %2. You can cancel until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="991"/>
        <source>Either side may withdraw; billing then ends at the end of a month you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="993"/>
        <source>Withdrawn: billing returns to %1 on %2. Withdrawal cannot be undone; invite again to continue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1001"/>
        <source>This transfer is closed; its history stays readable. Send a new invitation to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1002"/>
        <source>This transfer is closed; its history stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1018"/>
        <source>Accept the invitation: billing moves to the payer on the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1019"/>
        <source>Decline the invitation: your organization keeps its own bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1020"/>
        <source>Withdraw the invitation before it is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1021"/>
        <source>End the transfer at the end of a month you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1022"/>
        <source>Change the descriptive name shown on views and invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1023"/>
        <source>Choose the pricing configuration of the billing group of the bill source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1044"/>
        <source>Invite an organization to transfer its AWS bill to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1045"/>
        <location filename="../ui/TransfersTab.cpp" line="1343"/>
        <source>Only a management account sends invitations: choose one under &quot;Acting as&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1053"/>
        <source>No transfer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1059"/>
        <source>A billing transfer moves the AWS bill of an organization to a payer: the payer (a management account) sends an invitation, the management account of the organization accepts, and from the first day of the next month the payer receives and pays the invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1063"/>
        <source>Select a transfer to see its parties, dates and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1098"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;%3 &amp;middot; management account &lt;tt&gt;%4&lt;/tt&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1102"/>
        <location filename="../ui/TransfersTab.cpp" line="1104"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1102"/>
        <source>Inbound: you pay the AWS bill of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1104"/>
        <source>Outbound: %1 pays your AWS bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1105"/>
        <source>Bill source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1106"/>
        <source>Payer (bill transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1110"/>
        <source>%1, 00:00 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1112"/>
        <source>%1, 23:59:59 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1115"/>
        <source>Would start %1 if accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1118"/>
        <source>From &lt;b&gt;%1&lt;/b&gt;, until withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1121"/>
        <source>&lt;b&gt;In effect&lt;/b&gt; since %1, until withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1125"/>
        <source>Never took effect (withdrawn before its start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1126"/>
        <source>&lt;b&gt;In effect&lt;/b&gt; from %1 to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1127"/>
        <source>From %1 to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1132"/>
        <source>Never in effect (the start would have been %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1135"/>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1144"/>
        <source>Acceptance deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1146"/>
        <source>Pricing configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1148"/>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1150"/>
        <location filename="../ui/TransfersTab.cpp" line="1192"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1150"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1153"/>
        <location filename="../ui/TransfersTab.cpp" line="1193"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1156"/>
        <source>Inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1157"/>
        <source>through %1 (&lt;tt&gt;%2&lt;/tt&gt;): a payer further up the chain pays this bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1160"/>
        <source>Transfer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1161"/>
        <source>&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;handshake &lt;tt&gt;%3&lt;/tt&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1163"/>
        <source>API status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1169"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1172"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1188"/>
        <source>Invitation sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1189"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1190"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1191"/>
        <source>Invitation canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1194"/>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1196"/>
        <source>Billing group created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1197"/>
        <source>Billing group active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1198"/>
        <source>Billing group removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1199"/>
        <source>Pricing configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1215"/>
        <source>takes effect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1226"/>
        <source>No history recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1260"/>
        <source>No transfers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1261"/>
        <source>No transfers around your organization yet. Send an invitation, or act as an invited organization to accept one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1280"/>
        <source>That transfer is not in your lists any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1358"/>
        <source>Invitation &quot;%1&quot; sent to %2 (%3). It must be accepted by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1370"/>
        <source>Accept invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1371"/>
        <source>Accept &quot;%1&quot;? From %2, %3 receives and pays your organization&apos;s AWS invoices and sets the prices you see; your organization no longer sees billable amounts. Either side can withdraw later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1374"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1382"/>
        <source>Accepted &quot;%1&quot;: %2 pays your organization&apos;s bill from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1393"/>
        <source>Decline invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1394"/>
        <source>Decline &quot;%1&quot; from %2? Your organization keeps receiving and paying its own AWS bill; %2 would have to send a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1397"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1400"/>
        <source>Declined &quot;%1&quot;. %2 has been told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1410"/>
        <location filename="../ui/TransfersTab.cpp" line="1413"/>
        <source>Cancel invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1411"/>
        <source>Cancel the invitation &quot;%1&quot; to %2? It can no longer be accepted; send a new one to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1416"/>
        <source>Canceled the invitation &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1428"/>
        <source>Withdraw transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1428"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1436"/>
        <source>Withdrawn. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1458"/>
        <source>Rename transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1471"/>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;. Edit &gt; Undo brings the old name back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1492"/>
        <source>The billing group of %1 now uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1507"/>
        <source>Snoozed until %1: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1508"/>
        <source>Dismissed: &quot;%1&quot;. Right-click the list to show dismissed entries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1517"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1518"/>
        <source>Snooze for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1519"/>
        <source>Snooze for a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1523"/>
        <source>Show dismissed and snoozed entries again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::UpdatePlanCommand</name>
    <message>
        <location filename="../ui/commands/PricingCommands.cpp" line="127"/>
        <source>Edit pricing plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands/PricingCommands.cpp" line="128"/>
        <source>Rename pricing plan &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::UsageGenerator</name>
    <message>
        <location filename="../models/engine/UsageGenerator.cpp" line="838"/>
        <location filename="../models/engine/UsageGenerator.cpp" line="846"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/engine/UsageGenerator.cpp" line="863"/>
        <source>Writing the usage file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/engine/UsageGenerator.cpp" line="1041"/>
        <source>Generation canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::UsageService</name>
    <message>
        <location filename="../models/services/UsageService.cpp" line="40"/>
        <source>&quot;usage&quot; must be an object such as {&quot;months&quot;: 3, &quot;rows&quot;: 20000, &quot;seed&quot;: 42}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/UsageService.cpp" line="48"/>
        <source>Unknown key &quot;%1&quot; in &quot;usage&quot; (expected months, rows, seed, start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/UsageService.cpp" line="60"/>
        <source>&quot;usage.%1&quot; must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/UsageService.cpp" line="78"/>
        <source>&quot;usage.start&quot; must be a month such as &quot;2025-10&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/UsageService.cpp" line="119"/>
        <source>A bill-source organization cannot load cost data: its payer does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/UsageService.cpp" line="124"/>
        <source>There is no organization to generate usage for: add one or load the demo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/UsageService.cpp" line="139"/>
        <source>Cannot create a temporary folder for the generated usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ValidatedForm</name>
    <message>
        <location filename="../ui/dialogs/ValidatedForm.cpp" line="176"/>
        <location filename="../ui/dialogs/ValidatedForm.cpp" line="199"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ValidatedForm.cpp" line="200"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ValidatedForm.cpp" line="204"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::WithdrawDialog</name>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="17"/>
        <source>Withdraw transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="25"/>
        <source>Withdraw &quot;%1&quot;: %2 stops paying the AWS bill of %3 at the end of the month you choose. Billing only changes at the end of a month; there are no partial months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="34"/>
        <source>%1 (this month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="36"/>
        <source>Last month &amp;billed to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="45"/>
        <source>Withdraw...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="71"/>
        <source>&quot;%1&quot; &lt;b&gt;never takes effect&lt;/b&gt;: %2 keeps receiving and paying its own AWS invoices; %3 pays nothing for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="76"/>
        <source>%1 pays for %2 until &lt;b&gt;%3, 23:59:59 UTC&lt;/b&gt;.&lt;br&gt;From &lt;b&gt;%4&lt;/b&gt;, %2 receives and pays its own AWS invoices again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TransferDialogs.cpp" line="85"/>
        <source>Billing for %1 moves back to %2 on %3. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::cli</name>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="26"/>
        <source>Usage: billingdesk-cli [--db FILE] [--now ISO] [--as ACCOUNT_ID] [--json] COMMAND ...

Global options (before or after the command):
  --db FILE        the database (default: %1)
  --now ISO        the simulation clock for this command, e.g. 2026-01-15T10:00:00Z
  --as ACCOUNT_ID  the acting account (default: the administrator)
  --json           machine-readable output (amounts as decimal strings)
  --version        print the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="39"/>
        <source>
Exit codes: 0 done, 1 refused by a domain rule, 2 wrong usage, 3 bad input data, 4 the database or the file system failed (damaged, disk full, I/O error, permission denied, read-only, locked).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="190"/>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="243"/>
        <source>unknown command &quot;%1&quot;. Run billingdesk-cli --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="247"/>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="259"/>
        <source>Usage: billingdesk-cli %1 %2
%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="24"/>
        <location filename="../app/cli/GenerateCommands.cpp" line="36"/>
        <location filename="../app/cli/ImportCommands.cpp" line="190"/>
        <location filename="../app/cli/TransferCommands.cpp" line="144"/>
        <location filename="../app/cli/TransferCommands.cpp" line="235"/>
        <location filename="../app/cli/TransferCommands.cpp" line="312"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="34"/>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="67"/>
        <source>(simulated: --now for this command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="68"/>
        <source>(simulated clock stored in the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="69"/>
        <source>(real time: no simulated clock is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="93"/>
        <source>%1 into %2: %3 organizations, %4 accounts; the clock is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="113"/>
        <source>Created %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="114"/>
        <source>Opened %1 (schema version %2, up to date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="128"/>
        <source>The demo scenario is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="138"/>
        <source>--%1 must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="139"/>
        <source>zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="139"/>
        <source>at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="149"/>
        <source>%1 already holds organizations; the demo loads into a new, empty database (give another --db FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="154"/>
        <source>Loaded the demo scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="169"/>
        <source>give one date and time: clock set 2026-02-01T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="174"/>
        <source>&quot;%1&quot; is not an ISO 8601 date or date and time (e.g. 2026-02-01T00:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="188"/>
        <source>give exactly one of --days N, --months N or --to-next-month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="213"/>
        <source>give one scenario file: apply SCENARIO.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="216"/>
        <source>Applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="238"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="242"/>
        <source>Wrote the scenario to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="270"/>
        <source>%1: the integrity check found no problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CoreCommands.cpp" line="273"/>
        <source>%1: the integrity check found %n problem(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CoreCommands.cpp" line="280"/>
        <source>  ... and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="289"/>
        <source>The database is damaged. Restore the backup that upgrades keep next to it (%1.v&lt;N&gt;.backup: %2) or a backup of your own; BillingDesk writes nothing more to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="292"/>
        <source>none here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="41"/>
        <source>--rows must be a whole number from 0 to 1000000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="43"/>
        <source>--months must be a whole number from 1 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="45"/>
        <source>--seed must be a non-negative whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="47"/>
        <source>--payers must be a whole number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="52"/>
        <source>--start must be a month such as 2026-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="70"/>
        <source>--payers makes up organizations; with --db the directory&apos;s organizations are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="78"/>
        <source>A bill-source organization does not see billable amounts, so it cannot generate billable usage; act as the payer or the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="83"/>
        <source>The database has no organization to generate usage for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="86"/>
        <source>the directory&apos;s organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="87"/>
        <source>the directory&apos;s %1 organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="92"/>
        <source>1 made-up payer organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="93"/>
        <source>%1 made-up payer organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="104"/>
        <source>Cannot write to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="142"/>
        <source>Wrote %1 CUR 2.0 rows (%2 MB%3) for %4, %5 to %6, seed %7, in %8 s (%9 rows/s)%10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="145"/>
        <source> gzip, %1 MB uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommands.cpp" line="152"/>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="101"/>
        <source>... and %1 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="108"/>
        <source>name one file: import FILE [--format auto|cur2|cur|focus] [--view billable|proforma] [--replace] [--skip-invalid] [--rejects FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="115"/>
        <source>--format must be auto, cur2, cur or focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="121"/>
        <source>--view must be billable or proforma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="128"/>
        <source>--rejects goes with --skip-invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="159"/>
        <source>Imported %1 (%2, %3) as import %4 in %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="165"/>
        <source>Rows read %1, imported %2, rejected %3, skipped %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="174"/>
        <location filename="../app/cli/ImportCommands.cpp" line="232"/>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="175"/>
        <source>PAYER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="175"/>
        <location filename="../app/cli/ProFormaCommands.cpp" line="290"/>
        <source>ORGANIZATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="175"/>
        <location filename="../app/cli/ProFormaCommands.cpp" line="124"/>
        <location filename="../app/cli/ProFormaCommands.cpp" line="128"/>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="175"/>
        <source>CURRENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="175"/>
        <location filename="../app/cli/ImportCommands.cpp" line="233"/>
        <location filename="../app/cli/ProFormaCommands.cpp" line="188"/>
        <source>ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="175"/>
        <location filename="../app/cli/ImportCommands.cpp" line="234"/>
        <location filename="../app/cli/ProFormaCommands.cpp" line="124"/>
        <source>BILLABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="176"/>
        <location filename="../app/cli/ImportCommands.cpp" line="234"/>
        <source>PUBLIC ON-DEMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="179"/>
        <source>Created organization %1 (%2) for payer %3, marked imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="183"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="233"/>
        <location filename="../app/cli/PricingCommands.cpp" line="136"/>
        <location filename="../app/cli/PricingCommands.cpp" line="269"/>
        <location filename="../app/cli/PricingCommands.cpp" line="384"/>
        <location filename="../app/cli/PricingCommands.cpp" line="485"/>
        <location filename="../app/cli/TransferCommands.cpp" line="274"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="233"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="233"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="233"/>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="233"/>
        <source>IMPORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="233"/>
        <source>REJECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="234"/>
        <source>SKIPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="234"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="245"/>
        <source>name the import: imports remove ID (see imports list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="254"/>
        <source>Removed import %1 and its line items and totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="90"/>
        <source>Transfer %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="91"/>
        <source>  Status:        %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="92"/>
        <source>  Bill source:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="93"/>
        <source>  Paid by:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="94"/>
        <source>  Start:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="95"/>
        <source>  End:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="95"/>
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="97"/>
        <source>  Accept by:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="98"/>
        <source>  In effect now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="98"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="98"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="99"/>
        <source>  Billing group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="102"/>
        <source>(no pricing configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="103"/>
        <location filename="../app/cli/TransferCommands.cpp" line="268"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="106"/>
        <source>  Inherited:     through %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="109"/>
        <source>  Notes:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="111"/>
        <source>  Tag:           %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="120"/>
        <source>name the transfer: its id (rt-...) or its descriptive name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="121"/>
        <source>give one transfer; quote a name that has spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="153"/>
        <source>--start &quot;%1&quot; is not a month: write YYYY-MM, e.g. 2026-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="164"/>
        <source>Invitation sent: %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="172"/>
        <source>Accepted %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="180"/>
        <source>Declined %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="188"/>
        <source>Canceled %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="202"/>
        <source>--end &quot;%1&quot; is not a month: write YYYY-MM, e.g. 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="204"/>
        <source>Withdrew %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="215"/>
        <source>Renamed %1 to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="229"/>
        <source>Pricing of %1 &quot;%2&quot; configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="240"/>
        <source>--direction is inbound or outbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="242"/>
        <source>--direction is relative to the acting account: add --as ACCOUNT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="258"/>
        <source>--status is one of REQUESTED, DECLINED, CANCELED, EXPIRED, ACCEPTED, WITHDRAWN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="71"/>
        <source>give one %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="84"/>
        <source>--%1 is a month, YYYY-MM (&quot;%2&quot; is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="97"/>
        <source>--%1 must be a decimal number such as 12.5 (&quot;%2&quot; is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="134"/>
        <source>AWS-managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="136"/>
        <location filename="../app/cli/PricingCommands.cpp" line="384"/>
        <location filename="../app/cli/ProFormaCommands.cpp" line="124"/>
        <location filename="../app/cli/ProFormaCommands.cpp" line="128"/>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="136"/>
        <source>RULES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="136"/>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="144"/>
        <source>plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="155"/>
        <source>Pricing plan &quot;%1&quot; added (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="163"/>
        <source>plan name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="173"/>
        <source>Pricing plan &quot;%1&quot; removed from this billing period on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="202"/>
        <source>--scope is global, service, billing-entity or sku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="210"/>
        <source>--type is markup, discount or tiering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="233"/>
        <source>--free-tier is on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="269"/>
        <location filename="../app/cli/PricingCommands.cpp" line="384"/>
        <location filename="../app/cli/PricingCommands.cpp" line="485"/>
        <location filename="../app/cli/TransferCommands.cpp" line="274"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="269"/>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="269"/>
        <location filename="../app/cli/ProFormaCommands.cpp" line="188"/>
        <source>EFFECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="290"/>
        <source>Rule %1 added: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="299"/>
        <location filename="../app/cli/PricingCommands.cpp" line="337"/>
        <source>rule id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="316"/>
        <source>No pricing rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="326"/>
        <source>Rule %1 changed from %2 on: %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="347"/>
        <source>Rule %1 removed from this billing period on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="384"/>
        <location filename="../app/cli/PricingCommands.cpp" line="485"/>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="384"/>
        <source>ACCOUNTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="392"/>
        <location filename="../app/cli/PricingCommands.cpp" line="443"/>
        <source>billing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="407"/>
        <source>Billing group &quot;%1&quot; is priced with %2 from %3 on; closed periods keep their prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PricingCommands.cpp" line="433"/>
        <source>Standard billing group &quot;%1&quot; (%2) added with %n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="453"/>
        <source>Billing group &quot;%1&quot; removed from this billing period on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="484"/>
        <source>recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="485"/>
        <source>CHARGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="485"/>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="485"/>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="495"/>
        <source>give either --flat AMOUNT or --percent P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="508"/>
        <source>--type is fee or credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="534"/>
        <source>Custom line item &quot;%1&quot; (%2) added to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="543"/>
        <source>custom line item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="553"/>
        <source>Custom line item %1 removed from this billing period on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="274"/>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="274"/>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PricingCommands.cpp" line="384"/>
        <location filename="../app/cli/TransferCommands.cpp" line="274"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="274"/>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="274"/>
        <source>END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="274"/>
        <source>PRICING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="301"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="305"/>
        <source>CLOCK TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="305"/>
        <source>ACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="305"/>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="305"/>
        <source>EFFECTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="305"/>
        <source>DETAILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="315"/>
        <source>the attention list is the acting account&apos;s: add --as ACCOUNT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="332"/>
        <source> (snoozed until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="333"/>
        <source> (dismissed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="339"/>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="339"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="339"/>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="346"/>
        <source>give the key of one attention item (transfers attention shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="355"/>
        <source>--days &quot;%1&quot; is not a whole number of days (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="361"/>
        <source>Snoozed until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommands.cpp" line="361"/>
        <source>Dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="94"/>
        <source>--period is a month, YYYY-MM (&quot;%1&quot; is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="124"/>
        <location filename="../app/cli/ProFormaCommands.cpp" line="128"/>
        <source>BILLING GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="124"/>
        <source>PAYER&apos;S PRICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="125"/>
        <location filename="../app/cli/ProFormaCommands.cpp" line="128"/>
        <location filename="../app/cli/ProFormaCommands.cpp" line="188"/>
        <source>PRO FORMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="125"/>
        <source>MARGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="125"/>
        <source>MARGIN %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ProFormaCommands.cpp" line="150"/>
        <source>--explain needs one billing group: add --group ID (%n found).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="182"/>
        <source>%1 in %2, plan %3: base %4, pro forma %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="188"/>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="188"/>
        <source>BASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="190"/>
        <source>Custom line items of the group in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="201"/>
        <source>No billing group of &quot;%1&quot; is priced in %2 for the acting account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="250"/>
        <source>Total: your payer&apos;s price %1, pro forma %2, margin %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="251"/>
        <source>Total: billable %1, pro forma %2, margin %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="290"/>
        <source>DAYS IN USE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="290"/>
        <source>DAYS CHARGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="290"/>
        <source>FEE (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProFormaCommands.cpp" line="291"/>
        <source>Total: USD %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::cli::Context</name>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="90"/>
        <source>--now &quot;%1&quot; is not an ISO 8601 date or time (e.g. 2026-01-15T10:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="110"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="120"/>
        <source>usage error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="122"/>
        <source>Try: billingdesk-cli %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="163"/>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::pricingformat</name>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="25"/>
        <source>USD %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="40"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="60"/>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="62"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="64"/>
        <source>Billing entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="66"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="75"/>
        <source>Markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="77"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="79"/>
        <source>Tiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="88"/>
        <source>%1 markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="90"/>
        <source>%1 discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="92"/>
        <source>Free tier on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="92"/>
        <source>Free tier off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="101"/>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="114"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="114"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="124"/>
        <source>Transfer billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="124"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="130"/>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="132"/>
        <source>Basic (AWS-managed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="134"/>
        <source>Passthrough (AWS-managed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="140"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="140"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="151"/>
        <source>%1 flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="155"/>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="157"/>
        <source>of the pro forma total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="159"/>
        <source>of 1 flat item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="160"/>
        <source>of %1 flat items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="161"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="161"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="163"/>
        <source>%1, without Savings Plan negation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="171"/>
        <source>From %1 (recurring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PricingFormat.cpp" line="174"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::transferformat</name>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="102"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="104"/>
        <source>in less than an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="107"/>
        <source>in 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="107"/>
        <source>in %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="110"/>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::transferstate</name>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="41"/>
        <source>Awaiting response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="43"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="45"/>
        <source>In effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="47"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="49"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="51"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="53"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TransfersModel.cpp" line="55"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::validate</name>
    <message>
        <location filename="../models/domain/Directory.cpp" line="21"/>
        <source>&quot;%1&quot; is not an organization id: write o- followed by 10 to 32 lowercase letters or digits, e.g. o-a1b2c3d4e5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Directory.cpp" line="32"/>
        <source>&quot;%1&quot; is not an AWS account id: it must be exactly 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Directory.cpp" line="43"/>
        <source>&quot;%1&quot; is not an email address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Directory.cpp" line="62"/>
        <source>&quot;%1&quot; is not an ISO 3166 country code: use two capital letters, e.g. US, GB, FR, JP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Directory.cpp" line="69"/>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Directory.cpp" line="73"/>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billingdesk-cli</name>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="39"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="100"/>
        <source>Added organization %1 (%2), management account %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="111"/>
        <source>name the organization: orgs edit o-... [--name NAME] [--email EMAIL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="118"/>
        <location filename="../app/cli/DirectoryCommands.cpp" line="163"/>
        <source>There is no organization %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="135"/>
        <source>Updated organization %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="144"/>
        <source>name the organization: orgs remove o-...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="150"/>
        <source>Removed organization %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="204"/>
        <source>Added account %1 (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="214"/>
        <source>name the account: accounts edit 123456789012 [--name NAME] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="220"/>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="235"/>
        <source>Updated account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="244"/>
        <source>name the account: accounts remove 123456789012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="250"/>
        <source>Removed account %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>BillingDesk: Billing Transfer, pro forma pricing and invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Render the main window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Open on this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Act as this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>Window size for --screenshot (WxH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>A database to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>BillingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="108"/>
        <source>You are looking at demo data. Demo &gt; Reset or File &gt; New to start your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
