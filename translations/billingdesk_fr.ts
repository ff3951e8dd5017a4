<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <location filename="../models/services/Services.cpp" line="125"/>
        <source>There is no account %1 in the directory.</source>
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
        <location filename="../ui/TransfersTab.cpp" line="143"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="148"/>
        <source>On %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="149"/>
        <source>By %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="152"/>
        <source>No deadline · double-click to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd</name>
    <message>
        <location filename="../models/engine/UsageGenerator.cpp" line="665"/>
        <source>There is no payer organization to generate usage for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/engine/UsageGenerator.cpp" line="668"/>
        <source>The first billing period is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/engine/UsageGenerator.cpp" line="671"/>
        <source>Months must be between 1 and 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/engine/UsageGenerator.cpp" line="674"/>
        <source>The row count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="57"/>
        <source>%1 must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="67"/>
        <source>Unknown key &quot;%1&quot;%2. Known keys: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="68"/>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="82"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="86"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="96"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="123"/>
        <source>an object with id, name, email and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="164"/>
        <source>a string (settings are text: write &quot;24&quot;, &quot;0.5&quot; or &quot;true&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="189"/>
        <source>a list of organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="195"/>
        <source>an object with id, name, managementAccount, email and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="222"/>
        <location filename="../models/services/ScenarioService.cpp" line="261"/>
        <source>a list of accounts</source>
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
        <location filename="../models/services/DirectoryService.cpp" line="281"/>
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
        <location filename="../models/services/DirectoryService.cpp" line="291"/>
        <source>Only the administrator can add an account outside an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="299"/>
        <source>Account %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="300"/>
        <source>Account %1 already exists in organization %2; an account belongs to at most one organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="313"/>
        <source>Added account %1 (%2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="315"/>
        <source>no organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="322"/>
        <location filename="../models/services/DirectoryService.cpp" line="354"/>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="333"/>
        <source>Account %1 is a management account: it stays in its own organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="347"/>
        <source>Edited account %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="359"/>
        <source>Account %1 is the management account of %2: remove the organization instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="365"/>
        <source>Only the administrator can remove a standalone account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="371"/>
        <source>Account %1 cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/DirectoryService.cpp" line="378"/>
        <source>Removed account %1 (%2)</source>
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
        <location filename="../ui/GenerateUsageDialog.cpp" line="54"/>
        <source>Generate demo usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="58"/>
        <source>Generates AWS CUR 2.0 cost and usage data for every organization in the directory (its management account as the payer) and imports it as billable data. The same seed always gives the same data; months already imported are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="79"/>
        <source>&amp;Months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="80"/>
        <source>&amp;Line items (total):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="81"/>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="100"/>
        <source>&amp;Generate and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="110"/>
        <source>1 organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="110"/>
        <source>%1 organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="111"/>
        <source>, %1 to %2 (about %3 of CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="214"/>
        <source>Canceling: rolling back...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="236"/>
        <source>Importing: %1 of %2 · %3 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="241"/>
        <source>Generating: %L1 of %L2 line items · %L3 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="255"/>
        <source>Done in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="257"/>
        <source>&lt;b style=&apos;color:#2e8b57&apos;&gt;✔ Generated and imported %L1 line items&lt;/b&gt; (%2 of CSV) for %3 to %4: generating took %5, importing %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="264"/>
        <location filename="../ui/GenerateUsageDialog.cpp" line="286"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="270"/>
        <source>&lt;b&gt;Canceled.&lt;/b&gt; Nothing was imported: the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="271"/>
        <source>&lt;span style=&apos;color:#b73a3a&apos;&gt;&lt;b&gt;✖ Not imported:&lt;/b&gt; %1&lt;/span&gt; &lt;small style=&apos;color:#666&apos;&gt;[%2]&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GenerateUsageDialog.cpp" line="286"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="61"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="62"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="78"/>
        <location filename="../ui/ImportDialog.cpp" line="246"/>
        <source>Import cost and usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="85"/>
        <source>A CUR 2.0, legacy CUR or FOCUS export (.csv or .csv.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="86"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="88"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="107"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="110"/>
        <source>The amounts are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="111"/>
        <source>&amp;Billable (what AWS charges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="113"/>
        <source>&amp;Pro forma (a Billing Conductor export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="123"/>
        <source>&amp;Replace data already imported for the same payers and months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="126"/>
        <source>&amp;Skip invalid rows (they are written with their reasons to a .rejected.csv file beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="151"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="151"/>
        <location filename="../ui/ImportDialog.cpp" line="294"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="151"/>
        <source>Billing period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="151"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="152"/>
        <source>Billable (what you pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="152"/>
        <source>Public on-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="152"/>
        <location filename="../ui/ImportDialog.cpp" line="304"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="156"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="156"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="156"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="156"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="162"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="247"/>
        <source>Cost exports (*.csv *.csv.gz *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="255"/>
        <source>&lt;span style=&apos;color:#666&apos;&gt;Choose a file, or drop one on the main window.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="267"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: &lt;span style=&apos;color:#b73a3a&apos;&gt;%2&lt;/span&gt; &lt;small style=&apos;color:#666&apos;&gt;[%3]&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="273"/>
        <source>, gzip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="279"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="288"/>
        <source>&lt;tt&gt;%1&lt;/tt&gt; %2&lt;i&gt;(new: will be added as an imported organization)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="294"/>
        <source>Payers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="295"/>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="299"/>
        <source>Billing periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="302"/>
        <source> &lt;span style=&apos;color:#666&apos;&gt;(from the first %L1 rows)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="306"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="363"/>
        <source>The import was canceled: nothing more was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="395"/>
        <source>Canceling: rolling back...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="417"/>
        <source> (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="418"/>
        <source>Importing %1%2: %3 of %4 · %5 · %L6 rows · %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="422"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="437"/>
        <source>Done in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="456"/>
        <source>&lt;p style=&apos;margin:2px 0&apos;&gt;&lt;b style=&apos;color:#2e8b57&apos;&gt;✔ Imported %L1 rows&lt;/b&gt; from %2 (%3) in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="460"/>
        <source> %L1 invalid rows skipped, written with their reasons to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="464"/>
        <source> %L1 rows of unknown line item types kept (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="468"/>
        <source> Replaced an earlier import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="469"/>
        <source> Replaced %1 earlier imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="485"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="485"/>
        <source>Billable amounts are not shown to a bill-source organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="490"/>
        <location filename="../ui/ImportDialog.cpp" line="494"/>
        <source>Exact: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="503"/>
        <source>&lt;p style=&apos;margin:2px 0&apos;&gt;&lt;b&gt;Canceled.&lt;/b&gt; Nothing from %1 was imported: the database is as it was.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="507"/>
        <source>&lt;p style=&apos;margin:2px 0; color:#b73a3a&apos;&gt;&lt;b&gt;✖ Not imported:&lt;/b&gt; %1 &lt;small style=&apos;color:#666&apos;&gt;[%2]&lt;/small&gt;&lt;/p&gt;&lt;p style=&apos;margin:2px 0&apos;&gt;Nothing from this file was written.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="513"/>
        <source>&lt;p style=&apos;margin:2px 0&apos;&gt;1 problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="514"/>
        <source>&lt;p style=&apos;margin:2px 0&apos;&gt;%L1 problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="516"/>
        <source> (the first %1 listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="517"/>
        <source>. Fix the file, or import again with &quot;Skip invalid rows&quot;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="534"/>
        <location filename="../ui/ImportDialog.cpp" line="547"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="547"/>
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
        <location filename="../models/services/ImportService.cpp" line="455"/>
        <source>There is no import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="471"/>
        <source>Removed import %1 of %2 (%3 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="498"/>
        <source>Daily totals are kept per account, service and line item type; they cannot be split by usage type, operation, region or service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="504"/>
        <source>Daily totals are not kept per billing entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="506"/>
        <source>Daily totals are not kept per invoicing entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ImportService.cpp" line="508"/>
        <source>Daily totals are not kept per tax type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ImportsModel</name>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="140"/>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="193"/>
        <source>Pro forma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="193"/>
        <source>Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="197"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="220"/>
        <source>Simulated date %1 UTC; imported on %2 UTC by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="225"/>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="227"/>
        <source>%1 rows read, %2 imported, %3 rejected, %4 skipped (other providers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="234"/>
        <source>Billable amounts are not shown to a bill-source organization: its payer sets the price it sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="235"/>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="237"/>
        <source>Exact total: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="258"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="260"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="262"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="264"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="266"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="268"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="270"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="272"/>
        <source>Billable (what you pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportsModel.cpp" line="274"/>
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
    <name>bd::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>bill-source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92"/>
        <source>management account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>member account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>standalone account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>role unknown (the database could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>&amp;New Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&amp;Open Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>&amp;Apply Scenario...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>E&amp;xport Scenario...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>&amp;Check Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Run the database&apos;s integrity check and say what it found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>Next &amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163"/>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <location filename="../ui/MainWindow.cpp" line="468"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>Next &amp;Month (1st, 00:00 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;Pick Date...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>&amp;Reset Demo Data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>&amp;About BillingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>Acting &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>▶ next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>▶▶ next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>Cost data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>DB: %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>%1
The file has no write permission: it can be read and exported, but no change can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>DB: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>%1 - BillingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>Scenarios are applied and exported by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>Acting as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>Simulated date: &lt;b&gt;%1&lt;/b&gt; %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>Simulated clock (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Following the real date; move it with Demo &gt; Next Day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>Nothing needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>1 item needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>%1 items need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="376"/>
        <location filename="../ui/MainWindow.cpp" line="437"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <location filename="../ui/MainWindow.cpp" line="428"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>BillingDesk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <source>%1 already exists; choose a new file name or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="438"/>
        <source>BillingDesk databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="447"/>
        <source>Move the simulated date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="449"/>
        <source>The simulated clock only moves forward. Everything due by the new date happens (invitations expire, transfers come into effect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="473"/>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <location filename="../ui/MainWindow.cpp" line="493"/>
        <source>Reset demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>This replaces the open database&apos;s content with a fresh copy of the demo data in a new database file next to it. Your current file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="476"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="502"/>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <location filename="../ui/MainWindow.cpp" line="511"/>
        <source>Apply scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="502"/>
        <location filename="../ui/MainWindow.cpp" line="540"/>
        <source>Scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="507"/>
        <source>Nothing was changed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="511"/>
        <source>Applied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="518"/>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <location filename="../ui/MainWindow.cpp" line="530"/>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="524"/>
        <source>The integrity check of %1 found no problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="529"/>
        <source>... and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="531"/>
        <source>The integrity check of %1 found damage:

%2

BillingDesk writes nothing more to this file. Restore the backup that upgrades keep next to it (%1.v&lt;N&gt;.backup) or a backup of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="539"/>
        <location filename="../ui/MainWindow.cpp" line="545"/>
        <location filename="../ui/MainWindow.cpp" line="551"/>
        <source>Export scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="551"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="559"/>
        <source>About BillingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="560"/>
        <source>BillingDesk %1

Billing Transfer, pro forma pricing and invoices across AWS organizations.

Database: %2 (schema version %3)</source>
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
    <name>bd::ScenarioService</name>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="357"/>
        <source>Only the administrator applies a scenario (it sets up organizations of several owners); you are acting as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="362"/>
        <source>The scenario is empty: it needs at least &quot;format&quot;: &quot;%1&quot; and &quot;version&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="372"/>
        <source>format must be &quot;%1&quot;; this is not a BillingDesk scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="376"/>
        <source>version must be %1 (this BillingDesk reads scenario version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="389"/>
        <source>an ISO 8601 date and time, e.g. 2026-01-15T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="399"/>
        <source>an object of key-value pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="405"/>
        <source>Set the clock with the top-level &quot;clock&quot; key, not as a setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="420"/>
        <source>The section %1 cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="430"/>
        <source>Applied a scenario (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="446"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="449"/>
        <source>%1 is %2 MB; a scenario may be at most %3 MB (about 45,000 organizations with 225,000 accounts). Split it into several scenarios and apply them one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="465"/>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="472"/>
        <source>%1 is not a scenario: it must hold one JSON object {&quot;format&quot;: &quot;%2&quot;, ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="497"/>
        <source>Only the administrator exports the scenario; you are acting as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ScenarioService.cpp" line="534"/>
        <source>The demo scenario is missing from this build (:/scenarios/demo.json).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::TransferService</name>
    <message numerus="yes">
        <location filename="../models/services/TransferService.cpp" line="84"/>
        <source>it is a party to %n responsibility transfer(s), whose history is kept for audit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="170"/>
        <source>Name the transfer: its id (rt-...), its handshake id (h-...) or its descriptive name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="193"/>
        <source>There is no transfer with the id or name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="194"/>
        <source>There is no transfer with the id or name &quot;%1&quot; among the transfers of the account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="201"/>
        <source>%1 transfers are named &quot;%2&quot;: %3. Give the id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="251"/>
        <location filename="../models/services/TransferService.cpp" line="888"/>
        <source>&quot;%1&quot; has no billing group (the invitation was declined, canceled or expired, or the transfer never took effect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="325"/>
        <source>Could not generate a unique billing group id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="340"/>
        <source>Created the TRANSFER_BILLING billing group %1 (PENDING) for %2, primary account %3; no pricing configured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="343"/>
        <source>Created the TRANSFER_BILLING billing group %1 (PENDING) for %2, primary account %3, pricing plan %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="357"/>
        <source>Deleted the pending billing group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="397"/>
        <source>This transfer would make a cycle: %1 already pays, directly or through a chain, for the payer of %2. Bills can only flow one way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="423"/>
        <source>This transfer would make a chain of %1 levels; at most two are allowed (end customer -&gt; selling partner -&gt; distributor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="442"/>
        <source>The current transfer of %1, &quot;%2&quot; (%3), is withdrawn but runs until %4; a new transfer can start in %5 at the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="452"/>
        <source>There is already a transfer from %1 to %2: &quot;%3&quot; (%4, %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="457"/>
        <source>%1 already has a transfer that is %2 (&quot;%3&quot;, %4, paid by %5); an organization has at most one. It must be withdrawn first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="477"/>
        <source>%1 already has %2 inbound transfer(s) requested or not yet ended; its quota is %3 (setting transfers.inboundQuota).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="493"/>
        <source>Invitations are sent from a management account: act as the payer&apos;s management account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="495"/>
        <source>Account %1 is not the management account of an organization; only a management account can invite an organization to transfer its bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="504"/>
        <source>Give the invited organization&apos;s management account id (12 digits) or its email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="517"/>
        <source>%1 belongs to account %2, which is not a management account; invite the organization&apos;s management account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="524"/>
        <source>No organization&apos;s management account has the email %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="534"/>
        <source>Account %1 is not in an organization; only an organization&apos;s management account can be invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="537"/>
        <source>Account %1 is a member of %2, not its management account; invite the management account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="542"/>
        <source>There is no account %1 in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="548"/>
        <source>An organization cannot transfer its bill to itself: %1 is your own organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="559"/>
        <source>A pricing plan name has at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="563"/>
        <source>A tag needs a key of 1 to 128 characters and a value of at most 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="568"/>
        <source>Choose the start month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="572"/>
        <source>A transfer starts on the 1st of a future month; %1 has already begun. The earliest start is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="580"/>
        <source>Too late to start in %1: the invitation would have to be accepted by %2, which has passed (acceptance closes %3 hours before the start). Choose %4 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="644"/>
        <source>&quot;%1&quot; is not a transfer id: rt- followed by 8 to 32 lowercase letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="647"/>
        <source>A transfer with the id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="653"/>
        <source>&quot;%1&quot; is not a handshake id: h- followed by 8 to 32 lowercase letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="657"/>
        <source>A transfer with the handshake id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="668"/>
        <source>Could not generate a unique transfer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="681"/>
        <source>%1 invited %2 (%3) to transfer its bill as &quot;%4&quot; from %5; accept by %6; pricing %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="729"/>
        <source>%1 accepted: %2 pays the bill of %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="736"/>
        <source>%1 declined the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="740"/>
        <source>%1 canceled the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="749"/>
        <source>the invitation was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="750"/>
        <source>the invitation was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="801"/>
        <source>%1 renamed &quot;%2&quot; to &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="829"/>
        <source>Choose the end month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="832"/>
        <source>A withdrawal ends at the end of the current month or of a later one; %1 is over. The earliest end is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="838"/>
        <source>&quot;%1&quot; starts in %2: end it in %3 (it then never takes effect) or in %2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="853"/>
        <source>%1 withdrew the transfer before it began: it never takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="854"/>
        <source>%1 withdrew the transfer: %2 pays the bill of %3 until %4, 23:59:59 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="861"/>
        <source>the transfer was withdrawn before it began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="884"/>
        <source>Name the pricing plan (1 to 128 characters), e.g. BasicPricingPlan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="899"/>
        <source>%1 set the pricing plan of billing group %2: %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="901"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="911"/>
        <source>The billing group of &quot;%1&quot; was not found after its pricing was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="944"/>
        <source>Inherited: %1 pays for %2 through %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="967"/>
        <source>%1 pays for %2 too: inherited through %3 (&quot;%4&quot;) from %5 (&quot;%6&quot;); configure the pricing of its billing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="990"/>
        <source>Ends with %1, which was withdrawn: it never takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="991"/>
        <source>Ends with %1, which was withdrawn: %2 pays until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="997"/>
        <source>the transfer it was inherited through never takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1019"/>
        <source>Expired: not accepted by the deadline %1 (the clock passed it; now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1029"/>
        <source>Deleted the pending billing group %1: the invitation expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1042"/>
        <source>The transfer took effect; billing group %1 is ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1068"/>
        <source>Only the two organizations of &quot;%1&quot; can read its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1133"/>
        <source>Accept or decline &quot;%1&quot; from %2 by %3 (billing would move to %2 on %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1138"/>
        <source>Remind %1 to accept &quot;%2&quot; before it expires, or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1147"/>
        <source>Check the pricing of &quot;%1&quot; before billing for %2 moves to you on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1151"/>
        <source>Invite %1 again if you should go on paying its bill: &quot;%2&quot; ends on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1153"/>
        <source>Get ready to pay your own AWS bill again from %1: &quot;%2&quot; with %3 ends on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1160"/>
        <source>Configure the pricing of the billing group of %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1193"/>
        <source>The attention list belongs to an acting account: choose one under &quot;Acting as&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1199"/>
        <source>&quot;%1&quot; is not in your attention list (see transfers attention --all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1202"/>
        <source>A snooze lasts until a later moment than now (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1235"/>
        <source>Unknown key &quot;%1&quot; in %2. Known keys: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1242"/>
        <source>%1 must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1254"/>
        <location filename="../models/services/TransferService.cpp" line="1279"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1264"/>
        <source>an object with id, name, source, target, start and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1275"/>
        <source>an object of text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1283"/>
        <source>a list of steps ({&quot;action&quot;: ..., &quot;at&quot;: ...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1291"/>
        <source>an object such as {&quot;action&quot;: &quot;accept&quot;, &quot;at&quot;: &quot;2026-01-05T10:00:00Z&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1304"/>
        <source>&quot;transfers&quot; must be a list of transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1321"/>
        <source>Each transfer needs an id: rt- followed by 8 to 32 lowercase letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1329"/>
        <source>&quot;tags&quot; is an object of KEY: VALUE strings, e.g. {&quot;cost-center&quot;: &quot;42&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1336"/>
        <source>The value of the tag &quot;%1&quot; must be a string (&quot;&quot; for an empty value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1345"/>
        <source>A transfer&apos;s steps start with the invitation ({&quot;action&quot;: &quot;invite&quot;, &quot;at&quot;: ...}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1351"/>
        <source>Each step needs its clock time, e.g. &quot;2026-01-05T10:00:00Z&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1408"/>
        <source>The invitation&apos;s target %1 is not the management account of an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1424"/>
        <source>The end month is written YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1440"/>
        <source>Unknown step &quot;%1&quot;: use invite, accept, decline, cancel, rename, withdraw, pricing or expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1445"/>
        <source>%1 (%2 of %3 at %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/TransferService.cpp" line="1469"/>
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
        <location filename="../ui/TransfersTab.cpp" line="324"/>
        <source>Filter by name, organization, account or id...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="329"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="330"/>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="331"/>
        <source>Awaiting response, accepted, in effect or withdrawn and not yet ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="336"/>
        <source>+ &amp;Send invitation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="357"/>
        <location filename="../ui/TransfersTab.cpp" line="739"/>
        <source>Inbound (you pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="375"/>
        <source>Outbound (paid by someone else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="401"/>
        <source>Who pays for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="403"/>
        <source>Arrows run from the bill source to its payer. Click an arrow to select the transfer; right-click to save as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="411"/>
        <source>Accepted, begins later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="413"/>
        <source>Withdrawn, ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="414"/>
        <location filename="../ui/TransfersTab.cpp" line="1194"/>
        <source>Inherited through a chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="435"/>
        <location filename="../ui/TransfersTab.cpp" line="623"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="438"/>
        <source>Snooze a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="439"/>
        <source>Hide the selected entry for seven days (of the simulated clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="442"/>
        <location filename="../ui/TransfersTab.cpp" line="1515"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="443"/>
        <source>Hide the selected entry for good (right-click the list to show dismissed entries again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="458"/>
        <source>Double-click an entry to open the place where it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="461"/>
        <source>Nothing needs your action: no invitation awaits your answer, and nothing you pay for starts, ends or lacks pricing this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="504"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="505"/>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="506"/>
        <source>&amp;Cancel invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="507"/>
        <source>&amp;Withdraw...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="508"/>
        <source>Re&amp;name...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="509"/>
        <source>&amp;Pricing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="533"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="623"/>
        <source>Needs attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="683"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="685"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="739"/>
        <source>All transfers (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="762"/>
        <source>No transfers match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="766"/>
        <source>No transfers yet. Act as a management account to send an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="770"/>
        <source>Your organization pays for no other organization. Send an invitation to take over an organization&apos;s AWS bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="772"/>
        <source>Nobody else pays your organization&apos;s bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="943"/>
        <source>Act as a management account (&quot;Acting as&quot; above) to send or answer invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="972"/>
        <source>The administrator only looks: act as the management account of %1 or of %2 to change this transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="975"/>
        <source>Only the management accounts of %1 and %2 act on this transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="977"/>
        <source>Inherited through a chain: it follows the transfers it came from; withdraw one of those instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="981"/>
        <source>Accept by %1. Billing moves to %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="984"/>
        <source>The acceptance deadline (%1) has passed: the invitation expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="986"/>
        <source>Waiting for %1 to accept or decline by %2. You can cancel until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="990"/>
        <source>Either side may withdraw; billing then ends at the end of a month you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="992"/>
        <source>Withdrawn: billing returns to %1 on %2. Withdrawal cannot be undone; invite again to continue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1000"/>
        <source>This transfer is closed; its history stays readable. Send a new invitation to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1001"/>
        <source>This transfer is closed; its history stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1017"/>
        <source>Accept the invitation: billing moves to the payer on the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1018"/>
        <source>Decline the invitation: your organization keeps its own bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1019"/>
        <source>Withdraw the invitation before it is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1020"/>
        <source>End the transfer at the end of a month you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1021"/>
        <source>Change the descriptive name shown on views and invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1022"/>
        <source>Choose the pricing configuration of the billing group of the bill source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1043"/>
        <source>Invite an organization to transfer its AWS bill to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1044"/>
        <location filename="../ui/TransfersTab.cpp" line="1338"/>
        <source>Only a management account sends invitations: choose one under &quot;Acting as&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1052"/>
        <source>No transfer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1058"/>
        <source>A billing transfer moves the AWS bill of an organization to a payer: the payer (a management account) sends an invitation, the management account of the organization accepts, and from the first day of the next month the payer receives and pays the invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1062"/>
        <source>Select a transfer to see its parties, dates and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1097"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;%3 &amp;middot; management account &lt;tt&gt;%4&lt;/tt&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1101"/>
        <location filename="../ui/TransfersTab.cpp" line="1103"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1101"/>
        <source>Inbound: you pay the AWS bill of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1103"/>
        <source>Outbound: %1 pays your AWS bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1104"/>
        <source>Bill source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1105"/>
        <source>Payer (bill transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1109"/>
        <source>%1, 00:00 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1111"/>
        <source>%1, 23:59:59 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1114"/>
        <source>Would start %1 if accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1117"/>
        <source>From &lt;b&gt;%1&lt;/b&gt;, until withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1120"/>
        <source>&lt;b&gt;In effect&lt;/b&gt; since %1, until withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1124"/>
        <source>Never took effect (withdrawn before its start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1125"/>
        <source>&lt;b&gt;In effect&lt;/b&gt; from %1 to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1126"/>
        <source>From %1 to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1131"/>
        <source>Never in effect (the start would have been %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1134"/>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1143"/>
        <source>Acceptance deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1145"/>
        <source>Pricing configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1147"/>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1149"/>
        <location filename="../ui/TransfersTab.cpp" line="1191"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1149"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1152"/>
        <location filename="../ui/TransfersTab.cpp" line="1192"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1155"/>
        <source>Inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1156"/>
        <source>through %1 (&lt;tt&gt;%2&lt;/tt&gt;): a payer further up the chain pays this bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1159"/>
        <source>Transfer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1160"/>
        <source>&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;handshake &lt;tt&gt;%3&lt;/tt&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1162"/>
        <source>API status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1168"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1171"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1187"/>
        <source>Invitation sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1188"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1189"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1190"/>
        <source>Invitation canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1193"/>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1195"/>
        <source>Billing group created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1196"/>
        <source>Billing group active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1197"/>
        <source>Billing group removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1198"/>
        <source>Pricing configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1214"/>
        <source>takes effect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1225"/>
        <source>No history recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1259"/>
        <source>No transfers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1260"/>
        <source>No transfers around your organization yet. Send an invitation, or act as an invited organization to accept one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1279"/>
        <source>That transfer is not in your lists any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1353"/>
        <source>Invitation &quot;%1&quot; sent to %2 (%3). It must be accepted by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1365"/>
        <source>Accept invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1366"/>
        <source>Accept &quot;%1&quot;? From %2, %3 receives and pays your organization&apos;s AWS invoices and sets the prices you see; your organization no longer sees billable amounts. Either side can withdraw later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1369"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1377"/>
        <source>Accepted &quot;%1&quot;: %2 pays your organization&apos;s bill from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1388"/>
        <source>Decline invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1389"/>
        <source>Decline &quot;%1&quot; from %2? Your organization keeps receiving and paying its own AWS bill; %2 would have to send a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1392"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1395"/>
        <source>Declined &quot;%1&quot;. %2 has been told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1405"/>
        <location filename="../ui/TransfersTab.cpp" line="1408"/>
        <source>Cancel invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1406"/>
        <source>Cancel the invitation &quot;%1&quot; to %2? It can no longer be accepted; send a new one to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1411"/>
        <source>Canceled the invitation &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1423"/>
        <source>Withdraw transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1423"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1431"/>
        <source>Withdrawn. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1453"/>
        <source>Rename transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1466"/>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;. Edit &gt; Undo brings the old name back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1487"/>
        <source>The billing group of %1 now uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1502"/>
        <source>Snoozed until %1: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1503"/>
        <source>Dismissed: &quot;%1&quot;. Right-click the list to show dismissed entries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1512"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1513"/>
        <source>Snooze for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1514"/>
        <source>Snooze for a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TransfersTab.cpp" line="1518"/>
        <source>Show dismissed and snoozed entries again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::UsageGenerator</name>
    <message>
        <location filename="../models/engine/UsageGenerator.cpp" line="794"/>
        <location filename="../models/engine/UsageGenerator.cpp" line="802"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/engine/UsageGenerator.cpp" line="819"/>
        <source>Writing the usage file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/engine/UsageGenerator.cpp" line="993"/>
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
        <source>ORGANIZATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="175"/>
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
        <source>ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="175"/>
        <location filename="../app/cli/ImportCommands.cpp" line="234"/>
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
        <location filename="../app/cli/TransferCommands.cpp" line="274"/>
        <source>NAME</source>
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
