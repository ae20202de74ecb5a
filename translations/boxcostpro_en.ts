<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttachmentCheck</name>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old-style Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument presentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostCommand</name>
    <message>
        <source>usage: boxcost cost [FILE|-] [--db URL --as USERNAME]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostingJson</name>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown style &apos;%1&apos;; use 0201, 0200, 0203, 0204 or sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;; use mm or in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos;; use ID or OD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ply; use 1, 3, 5, 7 or 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key must be a BF number greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shade needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flute is named by one capital letter A-Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object with the box fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input must be a JSON object or an array of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a network share; SQLite is not safe there. Use a shared PostgreSQL server for several PCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1 (read-only location?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: the folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt %1 driver is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>needs a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: boxcost demo [--parties N] [--quotes N] [--seed N] --as USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in with --as USERNAME (on a database without a shop this user becomes the owner of &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created shop &quot;%1&quot; with owner %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 parties and %2 quotes (%3 versions, %4 items) in %5 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentBlocks</name>
    <message>
        <source>Phone: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSTIN: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAN: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport / Freight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGST @ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGST @ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGST @ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source> (OD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORIGINAL FOR RECIPIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUPLICATE FOR TRANSPORTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIPLICATE FOR SUPPLIER</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>choose a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this subscription at %2; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Box costing calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote versions and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST tax invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF and printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party import and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment links (Razorpay, Stripe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotes per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mails per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceCommands</name>
    <message>
        <source>usage: boxcost invoice create --from-quote NUMBER [--date YYYY-MM-DD] | finalize ID | show NUMBER|ID [--json]   (sign in with --as USERNAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: boxcost pdf quote|invoice NUMBER OUT.pdf [--version N] [--copy original|duplicate|triplicate] [--layout classic|compact]   (sign in with --as USERNAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxable %1  GST %2  round-off %3  grand total %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  paid %2  balance %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the draft&apos;s id as `invoice create` printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use classic or compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use original, duplicate or triplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceLayout</name>
    <message>
        <source>CREDIT NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAX INVOICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a computer-generated document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: not valid as a credit note until it is finalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: not valid as a tax invoice until it is finalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Note No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Note Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO No. / Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by UPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPI ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSN/SAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGST Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGST Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGST Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGST Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGST Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGST Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSN/SAC-wise tax summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We declare that this credit note shows the actual value of the goods described and that all particulars are true and correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms &amp; Conditions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MastersService</name>
    <message>
        <source>this shop has no costing masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this shop&apos;s GSM rules are missing from its costing masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this shop&apos;s per-ply defaults are incomplete in its costing masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use whole paise (at most two decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the masters were changed by someone else; reload them and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the masters were changed by %1 at %2; reload them and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF must be a number greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>use the box calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view paper and costing masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit paper and costing masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add and edit parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create and edit quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create and edit draft invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finalise and cancel invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the company profile and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create and answer support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the subscription of the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage shops (tenants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage plans and features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the platform audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on support tickets as an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage support agents and SLA rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply coupons to the subscription of the shop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so the server password is kept only until BoxCostPro closes; you will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database used last time could not be opened:

%1

Choose where the data is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans &amp; features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message>
        <source>usage: boxcost quote create FILE [--date YYYY-MM-DD] | show NUMBER [--json] | status NUMBER sent|accepted|rejected | list [--search TEXT] [--status STATUS] [--limit N] [--json]   (sign in with --as USERNAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input must be one JSON object with party and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (saved as version %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  version %2  %3  date %4  valid until %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (costed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (not selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtotal %1  transport %2  taxable %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGST %1 %  %2  SGST %1 %  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGST %1 %  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round-off %1  grand total %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use sent, accepted or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use draft, sent, accepted, rejected or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteLayout</name>
    <message>
        <source>Quotation %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUOTATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear Sir / Madam, thank you for your enquiry. We are pleased to quote as follows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1 × %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BS %1 kg/cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCT %1 kgf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box / Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (L × W × H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ply / Flute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper (GSM/BF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Ply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Validity: this quotation is valid for %n day(s), until %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery: within %n day(s) of order confirmation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Payment: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms &amp; Conditions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp</name>
    <message>
        <source>this database has schema version %1 but this BoxCostPro understands only up to %2: it was upgraded by a newer BoxCostPro; install that version to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password. After %1 failed attempts an account is locked for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 2 to 40 letters, digits, dots, dashes, underscores or @, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GST state code (two digits, e.g. 27 for Maharashtra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 was changed by %2 at %3. Reload it to see the changes, then edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with the party&apos;s name and mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {&quot;percent&quot;: p} or {&quot;fixed&quot;: rupees}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a rate of zero or more rupees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with the box fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote was changed by %1 at %2. Reload it to see the changes, then edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a party of this shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored quote snapshot cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this quote does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored masters snapshot cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored quote item cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote holds at most 500 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a transport amount of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at most 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter 0 to %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter 1 to %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at most 4000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket was changed by %1 at %2. Reload it to see the changes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is closed: a closed ticket is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a tag is 1 to 30 letters, digits, spaces, dots, dashes or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 tags per ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only active users whose role answers tickets are agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. After %1 failed attempts an account is locked for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Try again after %1 (UTC) or ask an admin to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the state: it decides between CGST/SGST and IGST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits, spaces and + - ( ) only, at most 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the account number&apos;s digits and letters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IFSC is 11 characters: four letters, a zero, then six letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UPI ID looks like name@bank, for example shop@okicici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 3 to 32 letters, digits or dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a percentage from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter an amount above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end must come after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter 0 for no limit, or a number of uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be more than the total uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user does not belong to this shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the party to bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what is sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HSN code has 4, 6 or 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a quantity from 1 to 10,00,00,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit (Pcs, Kg, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a rate of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use mm or in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter freight of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date cannot be before the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who receives the goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice was changed by %1 at %2. Reload it to see the changes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is final and cannot be changed; cancel it or issue a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is hidden; show the party again or choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not have the shop key that protects two-factor sign-in for %1. An owner or admin can read the key under Users &gt; Shop key on a computer that has it, and enter it on this one (Enter shop key, or boxcost user shop-key install). Until then, a backup code signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop key saved on this computer is not the key %1 uses for two-factor sign-in. An owner or admin can read the right key under Users &gt; Shop key on a computer that has it, and enter it on this one. Until then, a backup code signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s subscription is %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BoxCostPro %1 plan, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason in at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::AccountService</name>
    <message>
        <source>enter the shop&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the shop&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GSTIN is registered in %1, not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database already has a shop and users; sign in instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an admin of your shop to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup code is not valid or was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two-factor sign-in is not set up for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code in your app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not correct. Check your authenticator app&apos;s clock and try the current code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current password is not correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a password different from the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that code does not match; type the current code from your app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user %1 in this shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such user in this shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner can make another owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name %1 is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user was changed by someone else; reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cannot disable your own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner can disable or enable an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the shop&apos;s last owner and cannot be disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cannot change your own role; ask another owner or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner can change an owner&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the shop&apos;s last owner; make someone else an owner first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account no longer exists. Sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account was disabled by an admin. Sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop of this account no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter your current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account&apos;s two-factor key was set up under a key this shop no longer uses; sign in with a backup code, or ask an admin to reset two-factor for this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::AttachmentCheck</name>
    <message>
        <source>Images, PDF, text and office documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; attachments may be at most %3 MB each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image, PDF, text or office document; only those can be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2, which does not match its name; rename it to .%3 and attach it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::AuditService</name>
    <message>
        <source>the end of the date range must come after its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search for at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask for 1 to %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row id is never negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audit entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audit log of shop %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export file is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export stopped after %1 rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::AuditVerifier</name>
    <message>
        <source>seq %1 is missing before this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seqs %1 to %2 are missing before this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row lies beyond the chain head (last seq %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prev_hash is not the start of a chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prev_hash does not match the row_hash of seq %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row_hash does not match the row: it was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain head of this tenant is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last row (seq %1) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seqs %1 to %2 are missing at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain head&apos;s hash does not match the last row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::BackupCodes</name>
    <message>
        <source>This is not a backup code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the backup codes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::Base32</name>
    <message>
        <source>The key has the wrong length; check that it was copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains &apos;%1&apos;, which is not a letter A-Z or a digit 2-7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ChainReport</name>
    <message>
        <source>tenant %1: broken at seq %2 (id %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant %1: broken at seq %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant %1: check stopped after %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant %1: %2 rows, the chain holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::CompanyService</name>
    <message>
        <source>The image is larger than 4 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an image BoxCostPro can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be converted to PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company profile was changed by %1 at %2. Reload it, then edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop has issued tax invoices: only the owner may change its legal name, GSTIN, PAN or state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::CouponService</name>
    <message>
        <source>Coupon code %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 is valid from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 has been used the maximum number of times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 was already used by this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 is not valid for the %2 plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 needs an amount of at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 gives %2 off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such coupon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this coupon at %2; reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coupon that was used keeps its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 2 to 12 letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make 1 to %1 codes at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the coupons to deactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::DemoData</name>
    <message>
        <source>use 0 to 100000000 quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at most 10000000 parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotes need at least one party</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::DocumentBuilder</name>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::DocumentNumber</name>
    <message>
        <source>{seq} needs a width, like {seq:4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {%1} the width must be a number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown token {%1}: use {FY}, {YYYY}, {YY} or {seq:N}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A } in the template has no matching {.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A { in the template is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces and control characters cannot be part of a document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a GST document number: only A-Z, a-z, 0-9, / and - are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs {seq:N} for the running number, like {seq:4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template can contain {seq:N} only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs {FY}: numbering restarts every financial year, so numbers without it would repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template makes numbers of up to %1 characters; GST rule 46(b) allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence numbers start at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 does not fit this template within %2 characters (GST rule 46(b)); shorten the template&apos;s fixed text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::EntitlementService</name>
    <message>
        <source>This shop&apos;s subscription is suspended, so %1 cannot be used. Ask BoxCostPro to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is switched off for %2 until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the %1 subscription has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not included in the %2 plan%3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask BoxCostPro about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to %1 to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the %1 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by an override until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Upgrade to %1 (limit %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit for %2 is %3 %1; this shop has used %4 from %5 to %6.%7 Or wait for the next period, from %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit for %2 is %3 %1; this shop has %4 already.%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason in at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose when the override ends, after today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an override lasts at most %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter 0 or more, or leave it unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such override.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::GstTotals</name>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GST rate must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GST rate has at most two decimals, like 0.25 or 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::Gstin</name>
    <message>
        <source>Enter the GSTIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GSTIN has only letters and digits; character %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GSTIN has 15 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 1-2 of a GSTIN are the state code (two digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GST state code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3-12 of a GSTIN are the PAN (5 letters, 4 digits, 1 letter); character %1 does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character 13 of a GSTIN is the registration number: 1-9 or A-Z, not 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character 14 of a GSTIN is always Z, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character should be %1, not %2: the GSTIN may be mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::IndianFormat</name>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has more than one minus sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: use digits, commas and one decimal point (1,23,456.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commas are in the wrong places: write 1,23,456.50 or 123,456.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount has at most two decimals (paise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::InvoiceService</name>
    <message>
        <source>Quote %1 is %2, not accepted: accept it first (boxcost quote status %1 accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 has no selected items to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 changed while the invoice was being made; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice is already final (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s state changed after this draft was saved, which changes its GST: open the draft and save it again before finalising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it is cancelled (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft has no number to cancel; discard it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has payments or credit notes against it; issue a credit note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the credit note is issued (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit at least one line or the freight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter freight of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note needs a final tax invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note cannot be dated before its invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a line of the invoice, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit from 1 to %1 (invoiced %2, already credited %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 paise of freight is left to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit notes would exceed the invoice total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments are recorded against final tax invoices only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 paise left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice or credit note %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an invoice or a party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for 1 to 1000 rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::Migrations</name>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has schema version %1; run `boxcost db migrate` to upgrade it to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::Negotiation</name>
    <message>
        <source>The negotiated rate must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount must be at least 0 % and below 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::PartyService</name>
    <message>
        <source>enter the party&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the party&apos;s mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the PAN inside the GSTIN (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GSTIN is registered in %1 (%2), not in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This party does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has this mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has this mobile number; change one of them first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::PasswordHasher</name>
    <message>
        <source>Not enough memory to protect the password. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be one character repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::PlanService</name>
    <message>
        <source>There is no such plan version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the plan&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trial lasts 0 to %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter 0 or more, or leave it unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this plan at %2 (now version %3); reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::QrCode</name>
    <message>
        <source>A QR module must be 1 to %1 pixels wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text to put in the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::QuoteCalculator</name>
    <message>
        <source>enter the box name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at most 2000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HSN code has 4, 6 or 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at most 20 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::QuoteJson</name>
    <message>
        <source>must be an array with at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an amount of zero or more rupees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::QuoteService</name>
    <message>
        <source>A quote already exists for this box. Saving will create a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the party first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is hidden; show the party again or choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no quote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote can be marked sent, accepted or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 is already %2; save a new version to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::SecretBox</name>
    <message>
        <source>The data key must be %1 bytes long, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored secret is damaged: it is not an encrypted value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored secret has been altered or was encrypted with a different data key; it cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::SecretStore</name>
    <message>
        <source>access to the keychain was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (keychain error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain needs a running application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program was too busy to reach the keychain in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved secret was found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BoxCostPro needs %1, but the system keychain cannot be used: %2. What you enter is kept in memory until the program closes and is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get %1: the system keychain cannot be used (%2) and nothing was entered instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved secret %1 could not be deleted from the system keychain: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that protects two-factor secrets is kept in the system keychain, which cannot be used: %1. Unlock or set up the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key just saved could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; of %2 does not hold a valid data key. It was left untouched; restore it from a backup of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keychain holds no data key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ShopKeyService</name>
    <message>
        <source>enter the shop key: 13 groups of four letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shop key is 13 groups of four letters and digits; this has %1 characters instead of 52. Check that it was copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shop key has been made yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop key of %1 (13 groups of four letters and digits, shown under Users &gt; Shop key on a computer that has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two-factor keys of %1 were set up on another computer before shop keys existed, and this computer cannot read them. Sign in with two-factor once on that computer: it then keeps its key as the shop key, and an owner or admin can read it there under Users &gt; Shop key and enter it on this one. Until then, a backup code signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop key that protects two-factor secrets is kept in the system keychain, which cannot be used: %1. Unlock or set up the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no shop key yet, so there is nothing to install: the first computer that sets up or checks a two-factor code makes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not the shop key of %1. Check each group against the key shown on the other computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::SubscriptionService</name>
    <message>
        <source>There is no such subscription invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; coupon %1: %2 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; credit used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription to BoxCostPro for the period %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 plan has no trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trial can start only after a trial or paid period has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a trial, an expired or a cancelled subscription can be activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an active or past-due subscription can be renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a free plan renews by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a trial or an active subscription can be cancelled at its period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a trial, an active or a past-due subscription can be suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a suspended subscription, or one cancelled at its period end, can be reactivated; activate it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the %2 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trial can move only to a plan with a trial; activate the %1 plan instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan can change only during a trial or an active period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from %1 to %2 for %3 of %4 days, %5 to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 is already waiting for the next invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon %1: %2 off the next invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::TicketService</name>
    <message>
        <source>enter a subject: what is the complaint or question about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the subject within %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the description within %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose who raised the ticket: a party or a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a party&apos;s complaint can be linked to a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket can be linked to a quote or an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of the shop&apos;s ticket categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this party does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this document does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets can be assigned only to active support agents of the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the message first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep a message within %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resolution note is written when the ticket is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attachment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a number of minutes from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first response cannot be due after the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA rule for %1 priority was changed by %2 at %3. Reload the rules and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category name is 1 to 60 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a category called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This category does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This category was changed by someone else. Reload the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a capacity from 0 to 1000 open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only active users whose role answers tickets are agents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::TicketWorkflow</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is closed: a closed ticket is final and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket that is %1 cannot move to %2; it can move only to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a resolution note of at least %1 characters saying how it was resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::Totp</name>
    <message>
        <source>Enter the %1-digit code from the authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is not set up for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has already been used. Wait for the next code and enter that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not correct. Check that the phone&apos;s clock is set automatically and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::Validators</name>
    <message>
        <source>Enter the PAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PAN has 10 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PAN is 5 letters, 4 digits and a letter, like ABCDE1234F; character %1 does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Indian mobile numbers (+91) are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has only digits, with an optional +91.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 10 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indian mobile numbers start with 6, 7, 8 or 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN code has exactly 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN code does not start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address has one @, like name@example.in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name before @ is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name before @ is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name before @ may use only letters, digits and . _ + - and similar signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name before @ cannot start or end with a dot or have two dots together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after @ is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after @ needs a dot, like example.in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after @ may use only letters, digits, dots and hyphens, like mail.example.in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain must end in at least two letters, like .in or .com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::documents::DocumentExport</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::documents::DocumentFonts</name>
    <message>
        <source>Documents can only be drawn by a program with a graphical platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document font %1 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::documents::DocumentRenderer</name>
    <message>
        <source>The document could not be drawn on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation %1 v%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::documents::SampleDocuments</name>
    <message>
        <source>Goods once sold will not be taken back.
Interest at 18% a year is charged on payments received after the due date.
Subject to Pune jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates are for the quantities shown; artwork to be supplied by the buyer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::AboutDialog</name>
    <message>
        <source>About BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BoxCostPro %1
Qt %2
SQLite %3
PostgreSQL server: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;BoxCostPro&lt;/h2&gt;&lt;p&gt;Costing, quotations and GST invoices for corrugated box makers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::AppFlow</name>
    <message>
        <source>BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts in the database could not be read:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up &amp;two-factor sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is on for your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data could not be added:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::AuditDetailView</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 on %3: %4 %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, seq %2 of this shop&apos;s chain, hash %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::AuditPane</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made in this shop, who made it, where and when. Entries cannot be edited or deleted, and each one seals the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search entity id, before or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s seal and report the first one that does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest %1 entries shown; older ones load as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled after %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has been tampered with at seq %1 (entry %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has been tampered with at seq %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain holds: %1 entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the entries where each word you type starts a word of the entity id, the before or the after values, e.g. &quot;kum&quot; finds Kumar Traders and &quot;0001&quot; finds QT/25-26/0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::BarChart</name>
    <message>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::BfPriceModel</name>
    <message>
        <source>BF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bursting factor of the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base price ₹/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper price before the GSM rule, shade premium and market adjustment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::BoxCalculatorWidget</name>
    <message>
        <source>Box calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0201 – Regular slotted (RSC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0200 – Half slotted (HSC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0203 – Full overlap (FOL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0204 – Centre special slotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Millimetres (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside (ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside (OD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside dimensions are reduced by the board thickness of the ply (masters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dimensions in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-ply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer liner first. Leave a manual rate blank to use the masters rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rinting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum prints charged: a shorter run still pays for this many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lami&amp;nation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave blank to laminate the whole sheet length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave blank to laminate the whole sheet width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>₹/100 sq in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The die for the whole order; it is spread over the quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>₹/box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die (order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowances and business rates (blank = masters value, shown in grey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longer sheet is made in two pieces with an extra joint flap; 0 = no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glue flap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deckle allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max sheet length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>₹/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RATE PER BOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet and board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lamination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cost per print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing MOQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lamination rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lamination length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lamination width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in “%1” to see the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value · %1 boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-piece (extra joint flap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg (%2 g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg/cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kN/m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kgf (%2 N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion (₹%1/kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutting length × deckle (reel) width of the blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-piece when the sheet is longer than the one-piece maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board weight of one box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst (BS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bursting strength of the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board thickness: the sum of the flute heights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge crush test of the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box compression strength (McKee), from the ECT, the board thickness and the perimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before rounding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs RCT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::BulkCouponDialog</name>
    <message>
        <source>Generate coupon codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 12 letters or digits, e.g. EXPO26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes look like %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every code gets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::CancelInvoiceDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel tax invoice %1 to %2 for %3?

The invoice keeps its number and stays on record marked CANCELLED; it cannot be undone. If only part of it is wrong, issue a credit note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (printed on the cancelled invoice and kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: wrong party billed; reissued as a new invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: write why the invoice is cancelled (at least %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password – BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a new password&lt;/b&gt;&lt;br&gt;Your password was set by an administrator and is for one sign-in only. Choose your own password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Change your password&lt;/b&gt;&lt;br&gt;Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One-time password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::ChangePlanDialog</name>
    <message>
        <source>Change plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on %2 at %3 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it costs today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new price − old price) × remaining days ÷ days in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3 of %4 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged now: %1 plus GST, on a subscription invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to charge now: the shop&apos;s credit covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit for the next invoice: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downgrade to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::CompanyProfileDialog</name>
    <message>
        <source>Company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPI ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What every quote and tax invoice prints: letterhead, tax identity, bank and UPI details, numbering and terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building, street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area, landmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts@example.in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on quotes and invoices unless a document has its own terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 characters, such as 27AAPFU0939F1ZV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the GSTIN; else 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank, UPI and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the shop&apos;s name and state come from its setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop has issued a final tax invoice, so its legal name, GSTIN, PAN and state are locked: invoices already issued carry them. Only the owner can change them, and each change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop has issued a final tax invoice. As the owner you may still correct the legal name, GSTIN, PAN and state; the change is recorded in the audit log and invoices already issued keep the details they were issued with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the shop is not registered for GST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1, PAN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the company profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::CouponAnalyticsView</name>
    <message>
        <source>Redemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No redemptions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a coupon to see how it was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 discount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount given by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemptions by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount given by plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemptions by plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::CouponDialog</name>
    <message>
        <source>New coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::CouponForm</name>
    <message>
        <source>e.g. DIWALI25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the offer is for (shown to the vendor&apos;s staff only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Percent off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fixed amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>₹ amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;until (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;uses in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max uses per &amp;shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none ticked: every plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;amount (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve: shops may use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::CouponListModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::CouponsPane</name>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount codes shops apply to their subscription, and how they were used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New coupon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate every selected coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics of &amp;all coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1 coupons, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one coupon to see how it was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 codes generated with the prefix %2 (%3 … %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate coupon %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1 coupons?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops can no longer apply them. Redemptions already made stay on their invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 coupon deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 coupons deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a coupon to see how it was used, or tick “Analytics of all coupons”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::CreditNoteDialog</name>
    <message>
        <source>Credit note against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units returned or reduced on each line of %1, at the invoiced rates. The credit note is numbered and final as soon as it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 200 boxes returned damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Freight credited (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable value credited: %1, plus GST at the invoice&apos;s rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freight credited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freight credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::DocumentOutput</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be printed.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::FeatureAccessModel</name>
    <message>
        <source>✓ Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Granted %1 until %2 (not from the %3 plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the %1 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the %1 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::FilterWidgets</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::FirstRunDialog</name>
    <message>
        <source>&amp;This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared server (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where should BoxCostPro keep your shop&apos;s data?&lt;/b&gt;&lt;br&gt;Choose &lt;i&gt;This computer&lt;/i&gt; when one PC does the work; it works offline. Choose &lt;i&gt;Shared server&lt;/i&gt; when several PCs work on the same quotes and invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BoxCostPro database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file for the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::FluteModel</name>
    <message>
        <source>Flute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-up factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of fluting paper per length of board (1.0 to 2.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flute height; the board thickness is the sum of its flutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::IdleLock</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity: BoxCostPro locks in a minute. Move the mouse or press a key to stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity: BoxCostPro locks in %1 minutes. Move the mouse or press a key to stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::InvoiceEditor</name>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview, with the layout and optional sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round &amp;off to the rupee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;verse charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;arty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;O no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO da&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GST rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell or start typing to change it; hover an item for its size and paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ship to an address other than the billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hip to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the company&apos;s default terms are printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the shop only; not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terms and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New co&amp;mplaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a support ticket about this invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record pa&amp;yment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the invoice its number; it cannot be edited afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the party: the place of supply decides between CGST/SGST and IGST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from quote %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of supply: not known (intra-state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of supply: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 – BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the invoice, keeping its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice with payments or credit notes cannot be cancelled; issue a credit note instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, credited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outstanding %1 on %n invoice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize this invoice as %1?

It will be dated %2 and can no longer be edited: a mistake is then corrected by cancelling it (it keeps its number) or by a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled; it keeps its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 recorded; balance %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this draft invoice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::InvoiceLinesModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity: a whole number more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: an amount in rupees such as 12.50</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::InvoiceListModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::InvoicesPane</name>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax invoices and credit notes. Drafts have no number until they are finalized; payments received show as partly paid or paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an accepted quote or blank (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final invoices with a balance left to receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, party, quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter and the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices yet. Start one with New invoice: from an accepted quote or blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n invoices; scroll for more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bcp::ui::LayerTable</name>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring crush test of the paper in kN/m (0 when unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paper rate in ₹/kg for this layer; leave blank to use the rate from the masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the rate came from: the masters or a manual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle liner 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flute: take-up factor %2, height %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flute of this layer; factors and heights come from the masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bursting factor; pick one from the price list or type another (it then needs a manual rate or a price in the masters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave blank to use the masters rate (shown in grey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer liner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner liner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle liner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle liner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate last used for BF %1 %2; type over it, or clear it to use the masters rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCT
kN/m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual
₹/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight
g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate
₹/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost
₹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer liner first; a flute layer shows its flute letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of this layer in one box, in grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper cost of this layer per box, in rupees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::LogoPicker</name>
    <message>
        <source>C&amp;hoose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image this program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::MainWindow</name>
    <message>
        <source>BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · schema %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BoxCostPro is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked to protect your shop&apos;s data. Your work is kept as you left it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::MastersPane</name>
    <message>
        <source>Masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper prices and costing defaults for new calculations. Saved quotes keep the values they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the changes that are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the masters (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper base price by BF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shades and premiums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: changing masters needs the “edit paper and costing masters” permission (owner or admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row and start typing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSM rules and market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to every masters paper rate; negative for a market discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light paper up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>₹/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy paper from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet and business defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest one-piece sheet; a longer box gets an extra joint flap. 0 = no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST rate of boxes (HSN 4819) on quotes and invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round invoice totals to the rupee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max sheet length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat sheet allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The masters could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved yet (Ctrl+S saves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The masters were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masters saved. New calculations use them from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of BF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flute %1 take-up factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flute %1 height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-ply board thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-ply glue flap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-ply deckle allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-ply extra joint flap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light paper GSM limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light paper adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy paper GSM limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy paper adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per ply (mm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::NewComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;customer (party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Myself (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, company or mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 200 boxes crushed at the corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: quantities, lot, delivery date, what the customer asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 of %2 – ₹%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote to link was not found among this party&apos;s quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is raised by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer who complains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the customer who complains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::NewInvoiceDialog</name>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an &amp;accepted quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank invoice (choose the party and type the lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search quote number, party or box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items to bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted &amp;quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accepted quotes yet: mark a quote Accepted in the quote editor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accepted quote matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start blank invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the accepted quote to invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one item to bill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::NumberTemplateField</name>
    <message>
        <source>Tokens: {FY} financial year (25-26), {YYYY} and {YY} the year, {seq:N} the running number with N digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First number of the year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (up to %2 of %3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::OverrideDialog</name>
    <message>
        <source>Override for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets this whatever its plan says, until the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, e.g. “pilot of WhatsApp sharing agreed by sales”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feature has no limit to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::PartiesPane</name>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s customers. Type to search by name, company or mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a party (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, company or mobile (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties yet: Ctrl+N adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1 parties shown; more load as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has quotes, so the party cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be hidden instead: kept with its quotes for the records, and left out of the party picker and the list. “Show hidden parties” finds it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no quotes, so the party will be removed for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is hidden; its quotes keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::PartyDialog</name>
    <message>
        <source>A GSTIN has only letters and digits; character %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 1-2 of a GSTIN are the state code (two digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of a GSTIN is a letter of the PAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of a GSTIN is a digit of the PAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character 14 of a GSTIN is always Z, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GST state code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Not given —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building, street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area, landmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and mobile number are required. A valid GSTIN fills in the state and the PAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, +91 optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 characters, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the shop should remember about this party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the party&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 15 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid · %1 (%2) · PAN %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::PartyListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: kept for the quotes that name this party, left out of pickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::PartyPage</name>
    <message>
        <source>Choose a party on the left to see its details and quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for the quotes that name this party; left out of pickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes (newest %1 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this party&apos;s details (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this party in pickers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the party; one that quotes name is hidden instead (Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::PartyPicker</name>
    <message>
        <source>Type a name, company or mobile number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a party and choose it (what you typed is filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit part&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen party&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties yet: add one with New party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::PasswordStrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, not containing your name or user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets the password rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::PaymentDialog</name>
    <message>
        <source>Record payment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment received from %1 against %2 (total %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPI transaction id, cheque number, bank reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due %1: this is %2 more than the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due %1; this payment settles the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due %1; %2 remains after this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::PaymentsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::PlanMatrixDelegate</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::PlanMatrixModel</name>
    <message>
        <source>Price a month (before GST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to include; the number is the limit of %1 (empty or -1: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2
v%3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::PlansPane</name>
    <message>
        <source>Plans &amp; features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what each plan includes and set its limits (double-click a number). Saving makes a new version of every changed plan; shops keep the version they are on until they renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the plans change, e.g. “Pro gets WhatsApp from January”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the edits not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as new versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. %2 was not saved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Shops already on these plans keep their version until they renew.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::PlyDefaultsModel</name>
    <message>
        <source>Ply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-ply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board thickness in mm, taken off outside (OD) dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glue flap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glue flap in mm, added to the cutting length of a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deckle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deckle (reel width) allowance in mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra flap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra joint flap in mm of a two-piece box (sheet longer than the maximum)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::PrintJob</name>
    <message>
        <source>There is no document to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::PrintPreview</name>
    <message>
        <source>Preview - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be drawn.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the document to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPI QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit terms...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the terms printed on this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms printed on this document, one to a line:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteCompareDialog</name>
    <message>
        <source>Compare versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted rows differ between the two versions. Versions are never changed: restoring one saves its values as a new active version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same version on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 value differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteCompareModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included in totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costed rate per box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion ₹/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masters used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges and terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to the billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteEditor</name>
    <message>
        <source>&amp;Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every new version starts as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the active version as sent to the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party accepted the active version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party turned the active version down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a box (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chosen box as a new item (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen item from this quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use today&apos;s &amp;masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price every item again with the shop&apos;s current paper prices and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30 days from delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two versions to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two selected versions side by side; one selected: against the active version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected version&apos;s values as a new active version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the box name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 needs a box name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transport amount is not a number of rupees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is left out until it can be priced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changed to today&apos;s masters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item was priced again with today&apos;s masters; save to keep the new prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSTIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the party first: everything else opens once a party is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 – BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the party first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 cannot be priced yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the transport amount in rupees, e.g. 1,500.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” of the same size is already quoted to %2 in %3 (version %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1, version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote has changes that are not saved. Discard them and %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version restored as a new active version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 as a new version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this new quote?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the quote under the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport is entered in the totals, where it is added to the taxable value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions never change. Select two to compare them; restoring copies an older version into a new active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the saved version; Print and Save as PDF in the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft tax invoice from the accepted version&apos;s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masters of v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST %1 % · round-off %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the party first: type part of a name, company or mobile number in Party above, or add a new party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote has no items yet. Add one with Add item (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the quote first: documents show a saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document shows saved version %1; save to include the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the accepted quotes that can be invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteItemEditor</name>
    <message>
        <source>e.g. Apple Box 3P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed under the box name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include in totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked items stay in the quote but are left out of the totals and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;gotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>₹/box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costed rate &lt;b&gt;%1&lt;/b&gt; a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#808080&quot;&gt;&lt;s&gt;%1&lt;/s&gt;&lt;/span&gt; &amp;rarr; &lt;b&gt;%2&lt;/b&gt; a box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteItemsModel</name>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 %3 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 × %3 %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-ply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the totals and printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the totals and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % off the costed rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed rate agreed with the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ply / flutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper (GSM/BF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteListModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteTotalsView</name>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGST @ %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGST @ %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGST @ %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transport (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freight charged to the party, in rupees; it is part of the taxable value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of supply not known: CGST + SGST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply within %1: CGST + SGST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply to %1 from %2: IGST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteVersionsModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same box quoted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuotesPane</name>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quote of the shop, newest first. Type to search by quote number, party or box; Enter opens the selected quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new quote (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected quote (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search quote number, party or box name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotes match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotes yet: Ctrl+N starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1 quotes shown; more load as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password – BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reset the password of %1&lt;/b&gt;&lt;br&gt;Give them this one-time password. They must choose their own at the next sign-in; a lock after failed attempts is cleared too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::SecretPrompt</name>
    <message>
        <source>Password needed – BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::ServiceMastersStore</name>
    <message>
        <source>The shop still uses the standard masters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::SettingsPane</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Company profile&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead, GSTIN and PAN, bank and UPI details, signatory, number templates and default terms, as every quote and invoice prints them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;company profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSTIN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: invoices %1, quotes %2, credit notes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal identity locked: the shop has issued final invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::SetupWizard</name>
    <message>
        <source>Set up BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company as it appears on quotes and invoices. The full profile (address, bank, logo) can be completed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shree Ganesh Packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GSTIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner signs in to BoxCostPro and manages users and settings. There is no way to recover a forgotten owner password, so choose one you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the shop is not registered for GST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This GSTIN is registered in %1 (%2), not in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid GSTIN, registered in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The passwords match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the state the shop is registered in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;fresh shop, to start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;demo shop with sample parties and quotes, to try BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another shop can be set up later on a new database; the demo data stays in this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Box Works</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::ShadePremiumModel</name>
    <message>
        <source>Shade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade names are matched ignoring capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium ₹/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the base price of papers of this shade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::ShopKeyDialog</name>
    <message>
        <source>&amp;Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop key – BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in codes are checked with secrets sealed under the &lt;b&gt;shop key&lt;/b&gt;. Every computer that works on this shop&apos;s database needs the key in its own keychain. Read it here on a computer that has it, and enter it on one that does not. Anyone with the key and a copy of the database could read the secrets: keep it as private as a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key shown on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABCD EFGH … (13 groups of four)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was copied. Clear the clipboard once it is entered on the other computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has the shop key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop has no key yet. It is made when someone first sets up two-factor sign-in, or now if you show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This computer does not have the shop key.&lt;/b&gt; Two-factor codes cannot be checked here until it is entered below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The key saved on this computer is not the shop&apos;s key.&lt;/b&gt; Enter the right one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shop key: 13 groups of four letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop key is installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is right, but the system keychain cannot be used, so it is kept only until BoxCostPro closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in – BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Two-factor sign-in&lt;/b&gt;&lt;br&gt;Enter the 6-digit code your authenticator app shows for BoxCostPro, or one of your backup codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app or a backup code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter shop &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop key is installed on this computer. Enter the current code again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::SubscriptionActionDialog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; kept with the subscription and in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel at period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets a free trial of the chosen plan from today. No invoice is raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts a paid period of one month today. An activation invoice is raised for the plan&apos;s price (less any coupon or credit), unless the plan is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets the next period from %2, on the newest version of %3, with a renewal invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled today and falls back to the Free plan at once. Nothing is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps %2 until %3, then its subscription ends. This can be withdrawn with Reactivate until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may use nothing until it is reactivated: every user of the shop is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets back the status it had before the suspension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s cancellation at period end is withdrawn: the subscription carries on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::SubscriptionListModel</name>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription yet: a Pro trial from the shop&apos;s creation, then Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cancels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::SubscriptionPage</name>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan, what it allows and how much of it this period has used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coupon code from BoxCostPro is taken off your next invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s owner or an admin can apply a coupon code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – ends on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month, plus GST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit of %1 from an earlier plan change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1: %2 off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next invoice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan has no limits to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 applied: %2 off your next invoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::SubscriptionsPane</name>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shop&apos;s plan and billing period. Actions ask before they change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter and the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unti&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;trial…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel at period &amp;end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacti&amp;vate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR %1 · %2 shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2 – %3 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no subscription yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cancels at period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 off the next invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – set by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an override for %2 until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the override for %1? %2 goes back to what its plan allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override for %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done, now %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit for the next invoice: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::TicketListModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::TicketNotifier</name>
    <message>
        <source>BoxCostPro tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a first response within %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be resolved within %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket about to breach its SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket nearing its SLA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::TicketSettingsDialog</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save SLA rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes from when a ticket is raised. New tickets and priority changes use the new times; tickets already open keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA &amp;rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;off / on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tickets go to the available agent with the fewest open tickets, never beyond an agent&apos;s capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 priority: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA rules saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category renamed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be chosen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer offered for new tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::TicketView</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ticket in the list to see its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies and the requester&apos;s messages are part of the requester&apos;s copy; internal notes never are. Use &quot;Requester&apos;s message&quot; to record what a customer said on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution note (at least %1 characters, the requester sees it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign this ticket to yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. lot-42, print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal (with the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images, PDF, text and office documents up to %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the conversation as the requester may see it: without internal notes or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by %1 on %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is closed: it can be read and its files saved, but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote (taken down by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERNAL NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note: only support staff see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the requester said (phone, e-mail, visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority set to %1; the SLA due times were recalculated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; attachments may be at most %2 MB each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester&apos;s copy was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the requester&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SLA&lt;/b&gt; &amp;nbsp;%1 %2&lt;br&gt;First response %3&lt;br&gt;Resolution %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response due %1, resolution due %2, escalation at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::TicketsPane</name>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer complaints and questions, with their SLA: the badge shows the time left to answer or resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I take new tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick while you are away: new tickets then go to the other agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, subject, requester, quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed its escalation time and was escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tickets passed their escalation time and were escalated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was raised and assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was raised; no agent is free, so it waits unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tickets may be assigned to you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tickets go to the other agents until you tick this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tickets shown; scroll for more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n past their SLA</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter and the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bcp::ui::TotpEnrolmentDialog</name>
    <message>
        <source>Two-factor sign-in – BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop requires two-factor sign-in for your role. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Set up two-factor sign-in&lt;/b&gt;&lt;br&gt;%1After your password, BoxCostPro will also ask for a code from an authenticator app on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or FreeOTP).&lt;br&gt;&lt;br&gt;2. Add an account and scan the QR code, or type in this key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Enter the 6-digit &amp;code the app shows now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Two-factor sign-in is on.&lt;/b&gt; Now keep your backup codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store these codes now: they are shown only this once. Each code signs you in once if your phone is lost or replaced. Print them or copy them to a safe place, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;stored these codes in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BoxCostPro backup codes for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each code can be used once, instead of the authenticator app&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BoxCostPro backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1. Each code can be used once, instead of the authenticator app&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter shop &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop key is installed on this computer. Scan the code to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::UnlockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BoxCostPro is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlock BoxCostPro&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::UsageBar</name>
    <message>
        <source>%1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::UserDialog</name>
    <message>
        <source>Add user – BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user – BoxCostPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New user&lt;/b&gt;&lt;br&gt;They sign in with the one-time password below and then choose their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Edit %1&lt;/b&gt;&lt;br&gt;The role is changed with “Change role” in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::UsersModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after too many failed sign-ins. It unlocks by itself at %1, or use Unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must choose a new password at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcp::ui::UsersPane</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who can sign in to this shop, their role and how they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, user name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners and admins who have not set it up are asked to at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a user who may edit the shop&apos;s settings can change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Account menu for your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. Give them the one-time password %2; they choose their own at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1: they can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in. Their quotes, invoices and history stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1. Give them the one-time password %2; they must choose their own at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked %1: they can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset two-factor sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset two-factor sign-in for %1? Their authenticator app and backup codes stop working, and they sign in with their password until they set it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is now required for owners and admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is no longer required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user who can sign in to this shop (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset t&amp;wo-factor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quire two-factor sign-in for owners and admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other computers on this shop&apos;s database need the shop key to check two-factor codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
