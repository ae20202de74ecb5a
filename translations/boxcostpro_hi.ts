<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AttachmentCheck</name>
    <message>
        <source>a PNG image</source>
        <translation>एक PNG इमेज</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>एक JPEG इमेज</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>एक GIF इमेज</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>एक WebP इमेज</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>एक PDF दस्तावेज़</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>सादा टेक्स्ट</translation>
    </message>
    <message>
        <source>an old-style Office document</source>
        <translation>एक पुराने प्रकार का Office दस्तावेज़</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>एक Word दस्तावेज़</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>एक Excel वर्कबुक</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>एक PowerPoint प्रेज़ेंटेशन</translation>
    </message>
    <message>
        <source>an OpenDocument text</source>
        <translation>एक OpenDocument टेक्स्ट</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet</source>
        <translation>एक OpenDocument स्प्रेडशीट</translation>
    </message>
    <message>
        <source>an OpenDocument presentation</source>
        <translation>एक OpenDocument प्रेज़ेंटेशन</translation>
    </message>
</context>
<context>
    <name>CostCommand</name>
    <message>
        <source>usage: boxcost cost [FILE|-] [--db URL --as USERNAME]</source>
        <translation>उपयोग: boxcost cost [FILE|-] [--db URL --as USERNAME]</translation>
    </message>
</context>
<context>
    <name>CostingJson</name>
    <message>
        <source>unexpected end of input</source>
        <translation>इनपुट अचानक समाप्त हो गया</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>बहुत गहराई तक नेस्टेड है</translation>
    </message>
    <message>
        <source>input is not valid JSON: %1 at offset %2</source>
        <translation>इनपुट मान्य JSON नहीं है: ऑफ़सेट %2 पर %1</translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation>सदस्य का नाम अपेक्षित था</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; या &apos;}&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; या &apos;]&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>अनपेक्षित अक्षर</translation>
    </message>
    <message>
        <source>expected a digit</source>
        <translation>अंक अपेक्षित था</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>संख्या सीमा से बाहर है</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>ग़लत \u एस्केप</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>स्ट्रिंग में कंट्रोल अक्षर</translation>
    </message>
    <message>
        <source>bad escape</source>
        <translation>ग़लत एस्केप</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>स्ट्रिंग बंद नहीं हुई</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>सीमा से बाहर है</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ज़रूरी है</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>अज्ञात कुंजी</translation>
    </message>
    <message>
        <source>unknown style &apos;%1&apos;; use 0201, 0200, 0203, 0204 or sheet</source>
        <translation>अज्ञात स्टाइल &apos;%1&apos;; 0201, 0200, 0203, 0204 या sheet इस्तेमाल करें</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;; use mm or in</source>
        <translation>अज्ञात इकाई &apos;%1&apos;; mm या in इस्तेमाल करें</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos;; use ID or OD</source>
        <translation>अज्ञात मान &apos;%1&apos;; ID या OD इस्तेमाल करें</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>ऐरे होना चाहिए</translation>
    </message>
    <message>
        <source>not a ply; use 1, 3, 5, 7 or 9</source>
        <translation>यह प्लाई नहीं है; 1, 3, 5, 7 या 9 इस्तेमाल करें</translation>
    </message>
    <message>
        <source>the key must be a BF number greater than 0</source>
        <translation>कुंजी 0 से बड़ी BF संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>a shade needs a name</source>
        <translation>शेड का नाम होना चाहिए</translation>
    </message>
    <message>
        <source>a flute is named by one capital letter A-Z</source>
        <translation>फ्लूट का नाम A-Z का एक बड़ा अक्षर होता है</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true या false होना चाहिए</translation>
    </message>
    <message>
        <source>must be a JSON object with the box fields</source>
        <translation>बॉक्स फ़ील्ड वाला JSON ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>input must be a JSON object or an array of objects</source>
        <translation>इनपुट एक JSON ऑब्जेक्ट या ऑब्जेक्ट्स का ऐरे होना चाहिए</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>JSON मान के बाद अनपेक्षित टेक्स्ट</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the password for %1</source>
        <translation>%1 का पासवर्ड</translation>
    </message>
    <message>
        <source>%1 is on a network share; SQLite is not safe there. Use a shared PostgreSQL server for several PCs.</source>
        <translation>%1 नेटवर्क शेयर पर है; वहाँ SQLite सुरक्षित नहीं है। कई PC के लिए साझा PostgreSQL सर्वर इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 एक फ़ोल्डर है, डेटाबेस फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>cannot create the folder %1 (read-only location?)</source>
        <translation>फ़ोल्डर %1 नहीं बन सका (केवल-पढ़ने वाली जगह?)</translation>
    </message>
    <message>
        <source>cannot create %1: the folder is read-only</source>
        <translation>%1 नहीं बन सका: फ़ोल्डर केवल-पढ़ने वाला है</translation>
    </message>
    <message>
        <source>the Qt %1 driver is not installed</source>
        <translation>Qt %1 ड्राइवर इंस्टॉल नहीं है</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 नहीं खुल सका: %2</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1:%2: %3</source>
        <translation>%1:%2 पर PostgreSQL से कनेक्ट नहीं हो सका: %3</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 इस्तेमाल करने लायक SQLite डेटाबेस नहीं है: %2</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>needs a whole number of 0 or more</source>
        <translation>0 या अधिक की पूर्ण संख्या चाहिए</translation>
    </message>
    <message>
        <source>usage: boxcost demo [--parties N] [--quotes N] [--seed N] --as USERNAME</source>
        <translation>उपयोग: boxcost demo [--parties N] [--quotes N] [--seed N] --as USERNAME</translation>
    </message>
    <message>
        <source>sign in with --as USERNAME (on a database without a shop this user becomes the owner of &quot;%1&quot;)</source>
        <translation>--as USERNAME से साइन इन करें (बिना दुकान वाले डेटाबेस पर यह उपयोगकर्ता &quot;%1&quot; का मालिक बनेगा)</translation>
    </message>
    <message>
        <source>created shop &quot;%1&quot; with owner %2</source>
        <translation>दुकान &quot;%1&quot; बनाई गई, मालिक %2</translation>
    </message>
    <message>
        <source>added %1 parties and %2 quotes (%3 versions, %4 items) in %5 s</source>
        <translation>%1 पार्टियाँ और %2 कोटेशन (%3 वर्ज़न, %4 आइटम) %5 s में जोड़े गए</translation>
    </message>
</context>
<context>
    <name>DocumentBlocks</name>
    <message>
        <source>Phone: </source>
        <translation>फ़ोन: </translation>
    </message>
    <message>
        <source>E-mail: </source>
        <translation>ई-मेल: </translation>
    </message>
    <message>
        <source>GSTIN: </source>
        <translation>GSTIN: </translation>
    </message>
    <message>
        <source>PAN: </source>
        <translation>PAN: </translation>
    </message>
    <message>
        <source>State: </source>
        <translation>राज्य: </translation>
    </message>
    <message>
        <source>Mobile: </source>
        <translation>मोबाइल: </translation>
    </message>
    <message>
        <source>Sub Total</source>
        <translation>उप-योग</translation>
    </message>
    <message>
        <source>Transport / Freight</source>
        <translation>ट्रांसपोर्ट / भाड़ा</translation>
    </message>
    <message>
        <source>Taxable Value</source>
        <translation>कर योग्य मूल्य</translation>
    </message>
    <message>
        <source>CGST @ %1</source>
        <translation>CGST @ %1</translation>
    </message>
    <message>
        <source>SGST @ %1</source>
        <translation>SGST @ %1</translation>
    </message>
    <message>
        <source>IGST @ %1</source>
        <translation>IGST @ %1</translation>
    </message>
    <message>
        <source>Round Off</source>
        <translation>राउंड ऑफ़</translation>
    </message>
    <message>
        <source>Grand Total</source>
        <translation>कुल योग</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>राशि शब्दों में</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>%1 के लिए</translation>
    </message>
    <message>
        <source>Authorised Signatory</source>
        <translation>अधिकृत हस्ताक्षरकर्ता</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पेज %1 / %2</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source> (OD)</source>
        <translation> (OD)</translation>
    </message>
    <message>
        <source> (ID)</source>
        <translation> (ID)</translation>
    </message>
    <message>
        <source>ORIGINAL FOR RECIPIENT</source>
        <translation>प्राप्तकर्ता के लिए मूल प्रति</translation>
    </message>
    <message>
        <source>DUPLICATE FOR TRANSPORTER</source>
        <translation>ट्रांसपोर्टर के लिए दूसरी प्रति</translation>
    </message>
    <message>
        <source>TRIPLICATE FOR SUPPLIER</source>
        <translation>आपूर्तिकर्ता के लिए तीसरी प्रति</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>choose a shop</source>
        <translation>एक दुकान चुनें</translation>
    </message>
    <message>
        <source>%1 changed this subscription at %2; reload it and try again.</source>
        <translation>%1 ने %2 पर यह सब्सक्रिप्शन बदला था; इसे फिर से लोड करके दोबारा कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Box costing calculator</source>
        <translation>बॉक्स कॉस्टिंग कैलकुलेटर</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>कोटेशन</translation>
    </message>
    <message>
        <source>Quote versions and restore</source>
        <translation>कोटेशन वर्ज़न और रीस्टोर</translation>
    </message>
    <message>
        <source>GST tax invoices</source>
        <translation>GST टैक्स इनवॉइस</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>PDF and printing</source>
        <translation>PDF और प्रिंटिंग</translation>
    </message>
    <message>
        <source>Invoice layouts</source>
        <translation>इनवॉइस लेआउट</translation>
    </message>
    <message>
        <source>E-mail sending</source>
        <translation>ई-मेल भेजना</translation>
    </message>
    <message>
        <source>Party directory</source>
        <translation>पार्टी डायरेक्टरी</translation>
    </message>
    <message>
        <source>Party import and export</source>
        <translation>पार्टी इम्पोर्ट और एक्सपोर्ट</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>सपोर्ट टिकट</translation>
    </message>
    <message>
        <source>Priority support</source>
        <translation>प्राथमिकता सपोर्ट</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Audit log and export</source>
        <translation>ऑडिट लॉग और एक्सपोर्ट</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>WhatsApp sharing</source>
        <translation>WhatsApp पर शेयर करना</translation>
    </message>
    <message>
        <source>Payment links (Razorpay, Stripe)</source>
        <translation>पेमेंट लिंक (Razorpay, Stripe)</translation>
    </message>
    <message>
        <source>quotes per month</source>
        <translation>कोटेशन प्रति माह</translation>
    </message>
    <message>
        <source>invoice layouts</source>
        <translation>इनवॉइस लेआउट</translation>
    </message>
    <message>
        <source>e-mails per month</source>
        <translation>ई-मेल प्रति माह</translation>
    </message>
    <message>
        <source>users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Quoting</source>
        <translation>कोटेशन</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>इनवॉइसिंग</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>पार्टियाँ</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>सपोर्ट</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>प्रशासन</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>इंटीग्रेशन</translation>
    </message>
</context>
<context>
    <name>InvoiceCommands</name>
    <message>
        <source>usage: boxcost invoice create --from-quote NUMBER [--date YYYY-MM-DD] | finalize ID | show NUMBER|ID [--json]   (sign in with --as USERNAME)</source>
        <translation>उपयोग: boxcost invoice create --from-quote NUMBER [--date YYYY-MM-DD] | finalize ID | show NUMBER|ID [--json]   (--as USERNAME से साइन इन करें)</translation>
    </message>
    <message>
        <source>usage: boxcost pdf quote|invoice NUMBER OUT.pdf [--version N] [--copy original|duplicate|triplicate] [--layout classic|compact]   (sign in with --as USERNAME)</source>
        <translation>उपयोग: boxcost pdf quote|invoice NUMBER OUT.pdf [--version N] [--copy original|duplicate|triplicate] [--layout classic|compact]   (--as USERNAME से साइन इन करें)</translation>
    </message>
    <message>
        <source>(draft %1)</source>
        <translation>(ड्राफ़्ट %1)</translation>
    </message>
    <message>
        <source>taxable %1  GST %2  round-off %3  grand total %4</source>
        <translation>कर योग्य %1  GST %2  राउंड-ऑफ़ %3  कुल योग %4</translation>
    </message>
    <message>
        <source>%1  paid %2  balance %3</source>
        <translation>%1  भुगतान %2  बकाया %3</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>रद्द: %1</translation>
    </message>
    <message>
        <source>give the draft&apos;s id as `invoice create` printed it</source>
        <translation>ड्राफ़्ट का id वैसे ही दें जैसा `invoice create` ने छापा था</translation>
    </message>
    <message>
        <source>use YYYY-MM-DD</source>
        <translation>YYYY-MM-DD इस्तेमाल करें</translation>
    </message>
    <message>
        <source>use classic or compact</source>
        <translation>classic या compact इस्तेमाल करें</translation>
    </message>
    <message>
        <source>give a version number</source>
        <translation>वर्ज़न नंबर दें</translation>
    </message>
    <message>
        <source>use original, duplicate or triplicate</source>
        <translation>original, duplicate या triplicate इस्तेमाल करें</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n पेज)</numerusform>
            <numerusform>%1 (%n पेज)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceLayout</name>
    <message>
        <source>CREDIT NOTE</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>TAX INVOICE</source>
        <translation>टैक्स इनवॉइस</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>क्रेडिट नोट %1</translation>
    </message>
    <message>
        <source>Tax invoice %1</source>
        <translation>टैक्स इनवॉइस %1</translation>
    </message>
    <message>
        <source>, continued</source>
        <translation>, जारी</translation>
    </message>
    <message>
        <source>This is a computer-generated document.</source>
        <translation>यह कंप्यूटर से बना दस्तावेज़ है।</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>CANCELLED: %1</source>
        <translation>रद्द: %1</translation>
    </message>
    <message>
        <source>DRAFT: not valid as a credit note until it is finalised.</source>
        <translation>ड्राफ़्ट: फ़ाइनल होने तक क्रेडिट नोट के रूप में मान्य नहीं।</translation>
    </message>
    <message>
        <source>DRAFT: not valid as a tax invoice until it is finalised.</source>
        <translation>ड्राफ़्ट: फ़ाइनल होने तक टैक्स इनवॉइस के रूप में मान्य नहीं।</translation>
    </message>
    <message>
        <source>%1 dated %2</source>
        <translation>%1 दिनांक %2</translation>
    </message>
    <message>
        <source>Credit Note No.</source>
        <translation>क्रेडिट नोट नं.</translation>
    </message>
    <message>
        <source>Invoice No.</source>
        <translation>इनवॉइस नं.</translation>
    </message>
    <message>
        <source>Credit Note Date</source>
        <translation>क्रेडिट नोट तारीख</translation>
    </message>
    <message>
        <source>Invoice Date</source>
        <translation>इनवॉइस तारीख</translation>
    </message>
    <message>
        <source>Against Invoice</source>
        <translation>इनवॉइस के विरुद्ध</translation>
    </message>
    <message>
        <source>Due Date</source>
        <translation>देय तारीख</translation>
    </message>
    <message>
        <source>Place of Supply</source>
        <translation>आपूर्ति का स्थान</translation>
    </message>
    <message>
        <source>Reverse Charge</source>
        <translation>रिवर्स चार्ज</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>PO No. / Date</source>
        <translation>PO नं. / तारीख</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>बिल प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>माल भेजने का पता</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Description of Goods</source>
        <translation>माल का विवरण</translation>
    </message>
    <message>
        <source>HSN</source>
        <translation>HSN</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Rate (₹)</source>
        <translation>रेट (₹)</translation>
    </message>
    <message>
        <source>Taxable Value</source>
        <translation>कर योग्य मूल्य</translation>
    </message>
    <message>
        <source>GST %</source>
        <translation>GST %</translation>
    </message>
    <message>
        <source>GST Amount</source>
        <translation>GST राशि</translation>
    </message>
    <message>
        <source>Total (₹)</source>
        <translation>कुल (₹)</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>साइज़: %1</translation>
    </message>
    <message>
        <source>Paper: %1</source>
        <translation>पेपर: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>बैंक विवरण</translation>
    </message>
    <message>
        <source>Pay by UPI</source>
        <translation>UPI से भुगतान करें</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>Account No.</source>
        <translation>खाता नं.</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>शाखा</translation>
    </message>
    <message>
        <source>UPI ID</source>
        <translation>UPI ID</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>भुगतान के लिए स्कैन करें</translation>
    </message>
    <message>
        <source>HSN/SAC</source>
        <translation>HSN/SAC</translation>
    </message>
    <message>
        <source>CGST Rate</source>
        <translation>CGST दर</translation>
    </message>
    <message>
        <source>CGST Amount</source>
        <translation>CGST राशि</translation>
    </message>
    <message>
        <source>SGST Rate</source>
        <translation>SGST दर</translation>
    </message>
    <message>
        <source>SGST Amount</source>
        <translation>SGST राशि</translation>
    </message>
    <message>
        <source>IGST Rate</source>
        <translation>IGST दर</translation>
    </message>
    <message>
        <source>IGST Amount</source>
        <translation>IGST राशि</translation>
    </message>
    <message>
        <source>Total Tax</source>
        <translation>कुल टैक्स</translation>
    </message>
    <message>
        <source>HSN/SAC-wise tax summary</source>
        <translation>HSN/SAC के अनुसार टैक्स सारांश</translation>
    </message>
    <message>
        <source>We declare that this credit note shows the actual value of the goods described and that all particulars are true and correct.</source>
        <translation>हम घोषणा करते हैं कि यह क्रेडिट नोट वर्णित माल का वास्तविक मूल्य दर्शाता है और सभी विवरण सत्य और सही हैं।</translation>
    </message>
    <message>
        <source>We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.</source>
        <translation>हम घोषणा करते हैं कि यह इनवॉइस वर्णित माल की वास्तविक कीमत दर्शाता है और सभी विवरण सत्य और सही हैं।</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>घोषणा</translation>
    </message>
    <message>
        <source>Terms &amp; Conditions</source>
        <translation>नियम &amp; शर्तें</translation>
    </message>
</context>
<context>
    <name>MastersService</name>
    <message>
        <source>this shop has no costing masters</source>
        <translation>इस दुकान के कॉस्टिंग मास्टर्स नहीं हैं</translation>
    </message>
    <message>
        <source>this shop&apos;s GSM rules are missing from its costing masters</source>
        <translation>इस दुकान के कॉस्टिंग मास्टर्स में GSM नियम नहीं हैं</translation>
    </message>
    <message>
        <source>this shop&apos;s per-ply defaults are incomplete in its costing masters</source>
        <translation>इस दुकान के कॉस्टिंग मास्टर्स में प्रति-प्लाई डिफ़ॉल्ट अधूरे हैं</translation>
    </message>
    <message>
        <source>use whole paise (at most two decimals)</source>
        <translation>पूरे पैसे इस्तेमाल करें (अधिकतम दो दशमलव)</translation>
    </message>
    <message>
        <source>the masters were changed by someone else; reload them and try again</source>
        <translation>मास्टर्स किसी और ने बदल दिए; उन्हें फिर से लोड करके दोबारा कोशिश करें</translation>
    </message>
    <message>
        <source>the masters were changed by %1 at %2; reload them and try again</source>
        <translation>मास्टर्स %1 ने %2 पर बदले; उन्हें फिर से लोड करके दोबारा कोशिश करें</translation>
    </message>
    <message>
        <source>BF must be a number greater than 0</source>
        <translation>BF 0 से बड़ी संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>the rate must not be negative</source>
        <translation>रेट ऋणात्मक नहीं हो सकता</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>use the box calculator</source>
        <translation>बॉक्स कैलकुलेटर इस्तेमाल करें</translation>
    </message>
    <message>
        <source>view paper and costing masters</source>
        <translation>पेपर और कॉस्टिंग मास्टर्स देखें</translation>
    </message>
    <message>
        <source>edit paper and costing masters</source>
        <translation>पेपर और कॉस्टिंग मास्टर्स संपादित करें</translation>
    </message>
    <message>
        <source>view parties</source>
        <translation>पार्टियाँ देखें</translation>
    </message>
    <message>
        <source>add and edit parties</source>
        <translation>पार्टियाँ जोड़ें और संपादित करें</translation>
    </message>
    <message>
        <source>view quotes</source>
        <translation>कोटेशन देखें</translation>
    </message>
    <message>
        <source>create and edit quotes</source>
        <translation>कोटेशन बनाएँ और संपादित करें</translation>
    </message>
    <message>
        <source>view invoices</source>
        <translation>इनवॉइस देखें</translation>
    </message>
    <message>
        <source>create and edit draft invoices</source>
        <translation>ड्राफ़्ट इनवॉइस बनाएँ और संपादित करें</translation>
    </message>
    <message>
        <source>finalise and cancel invoices</source>
        <translation>इनवॉइस फ़ाइनल और रद्द करें</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>रिपोर्ट देखें</translation>
    </message>
    <message>
        <source>view users</source>
        <translation>उपयोगकर्ता देखें</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>उपयोगकर्ता प्रबंधित करें</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>ऑडिट लॉग देखें</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>ऑडिट लॉग निर्यात करें</translation>
    </message>
    <message>
        <source>edit the company profile and settings</source>
        <translation>कंपनी प्रोफ़ाइल और सेटिंग संपादित करें</translation>
    </message>
    <message>
        <source>view support tickets</source>
        <translation>सपोर्ट टिकट देखें</translation>
    </message>
    <message>
        <source>create and answer support tickets</source>
        <translation>सपोर्ट टिकट बनाएँ और उनका जवाब दें</translation>
    </message>
    <message>
        <source>view the subscription of the shop</source>
        <translation>दुकान का सब्सक्रिप्शन देखें</translation>
    </message>
    <message>
        <source>manage shops (tenants)</source>
        <translation>दुकानें (टेनेंट) प्रबंधित करें</translation>
    </message>
    <message>
        <source>manage plans and features</source>
        <translation>प्लान और फ़ीचर प्रबंधित करें</translation>
    </message>
    <message>
        <source>manage subscriptions</source>
        <translation>सब्सक्रिप्शन प्रबंधित करें</translation>
    </message>
    <message>
        <source>manage coupons</source>
        <translation>कूपन प्रबंधित करें</translation>
    </message>
    <message>
        <source>view the platform audit log</source>
        <translation>प्लेटफ़ॉर्म ऑडिट लॉग देखें</translation>
    </message>
    <message>
        <source>work on support tickets as an agent</source>
        <translation>एजेंट के रूप में सपोर्ट टिकटों पर काम करें</translation>
    </message>
    <message>
        <source>manage support agents and SLA rules</source>
        <translation>सपोर्ट एजेंट और SLA नियम प्रबंधित करें</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>आपकी भूमिका (%1) को यह अनुमति नहीं है: %2।</translation>
    </message>
    <message>
        <source>apply coupons to the subscription of the shop</source>
        <translation>दुकान के सब्सक्रिप्शन पर कूपन लगाएँ</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>unavailable</source>
        <translation>उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>BoxCostPro</source>
        <translation>BoxCostPro</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so the server password is kept only until BoxCostPro closes; you will be asked for it next time.</source>
        <translation>सिस्टम कीचेन उपलब्ध नहीं है (%1), इसलिए सर्वर पासवर्ड केवल BoxCostPro बंद होने तक रखा जाएगा; अगली बार यह फिर पूछा जाएगा।</translation>
    </message>
    <message>
        <source>The database used last time could not be opened:

%1

Choose where the data is.</source>
        <translation>पिछली बार इस्तेमाल हुआ डेटाबेस खोला नहीं जा सका:

%1

चुनें कि डेटा कहाँ है।</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>कोटेशन</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>पार्टियाँ</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Box calculator</source>
        <translation>बॉक्स कैलकुलेटर</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>मास्टर्स</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>सब्सक्रिप्शन</translation>
    </message>
    <message>
        <source>Plans &amp; features</source>
        <translation>प्लान &amp; फ़ीचर</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>कूपन</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>सब्सक्रिप्शन</translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message>
        <source>usage: boxcost quote create FILE [--date YYYY-MM-DD] | show NUMBER [--json] | status NUMBER sent|accepted|rejected | list [--search TEXT] [--status STATUS] [--limit N] [--json]   (sign in with --as USERNAME)</source>
        <translation>उपयोग: boxcost quote create FILE [--date YYYY-MM-DD] | show NUMBER [--json] | status NUMBER sent|accepted|rejected | list [--search TEXT] [--status STATUS] [--limit N] [--json]   (--as USERNAME से साइन इन करें)</translation>
    </message>
    <message>
        <source>use the form YYYY-MM-DD</source>
        <translation>YYYY-MM-DD रूप इस्तेमाल करें</translation>
    </message>
    <message>
        <source>input is not valid JSON: %1 at offset %2</source>
        <translation>इनपुट मान्य JSON नहीं है: ऑफ़सेट %2 पर %1</translation>
    </message>
    <message>
        <source>input must be one JSON object with party and items</source>
        <translation>इनपुट party और items वाला एक JSON ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>%1 (saved as version %2 of %3)</source>
        <translation>%1 (%3 के वर्ज़न %2 के रूप में सहेजा गया)</translation>
    </message>
    <message>
        <source>%1  version %2  %3  date %4  valid until %5</source>
        <translation>%1  वर्ज़न %2  %3  तारीख %4  %5 तक मान्य</translation>
    </message>
    <message>
        <source>party: %1</source>
        <translation>पार्टी: %1</translation>
    </message>
    <message>
        <source> (costed %1)</source>
        <translation> (लागत %1)</translation>
    </message>
    <message>
        <source>  (not selected)</source>
        <translation>  (चुना नहीं गया)</translation>
    </message>
    <message>
        <source>subtotal %1  transport %2  taxable %3</source>
        <translation>उप-योग %1  ट्रांसपोर्ट %2  कर योग्य %3</translation>
    </message>
    <message>
        <source>CGST %1 %  %2  SGST %1 %  %3</source>
        <translation>CGST %1 %  %2  SGST %1 %  %3</translation>
    </message>
    <message>
        <source>IGST %1 %  %2</source>
        <translation>IGST %1 %  %2</translation>
    </message>
    <message>
        <source>round-off %1  grand total %2</source>
        <translation>राउंड-ऑफ़ %1  कुल योग %2</translation>
    </message>
    <message>
        <source>use sent, accepted or rejected</source>
        <translation>sent, accepted या rejected इस्तेमाल करें</translation>
    </message>
    <message>
        <source>use draft, sent, accepted, rejected or expired</source>
        <translation>draft, sent, accepted, rejected या expired इस्तेमाल करें</translation>
    </message>
    <message>
        <source>use 1 to 1000</source>
        <translation>1 से 1000 इस्तेमाल करें</translation>
    </message>
</context>
<context>
    <name>QuoteLayout</name>
    <message>
        <source>Quotation %1 (version %2)</source>
        <translation>कोटेशन %1 (वर्ज़न %2)</translation>
    </message>
    <message>
        <source>, continued</source>
        <translation>, जारी</translation>
    </message>
    <message>
        <source>QUOTATION</source>
        <translation>कोटेशन</translation>
    </message>
    <message>
        <source>Dear Sir / Madam, thank you for your enquiry. We are pleased to quote as follows:</source>
        <translation>आदरणीय महोदय / महोदया, आपकी पूछताछ के लिए धन्यवाद। हमें निम्नलिखित कोटेशन देते हुए प्रसन्नता है:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>Quote No.</source>
        <translation>कोटेशन नं.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>वर्ज़न</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Valid Until</source>
        <translation>मान्य तिथि तक</translation>
    </message>
    <message>
        <source>Prepared By</source>
        <translation>तैयारकर्ता</translation>
    </message>
    <message>
        <source>To</source>
        <translation>प्रति</translation>
    </message>
    <message>
        <source>Quotation for</source>
        <translation>कोटेशन का विषय</translation>
    </message>
    <message>
        <source>Quotation details</source>
        <translation>कोटेशन विवरण</translation>
    </message>
    <message>
        <source>Sheet %1 × %2 mm</source>
        <translation>शीट %1 × %2 mm</translation>
    </message>
    <message>
        <source>Weight %1 kg</source>
        <translation>वज़न %1 kg</translation>
    </message>
    <message>
        <source>BS %1 kg/cm²</source>
        <translation>BS %1 kg/cm²</translation>
    </message>
    <message>
        <source>BCT %1 kgf</source>
        <translation>BCT %1 kgf</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Box / Description</source>
        <translation>बॉक्स / विवरण</translation>
    </message>
    <message>
        <source>Size (L × W × H)</source>
        <translation>साइज़ (L × W × H)</translation>
    </message>
    <message>
        <source>Ply / Flute</source>
        <translation>प्लाई / फ्लूट</translation>
    </message>
    <message>
        <source>Paper (GSM/BF)</source>
        <translation>पेपर (GSM/BF)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>प्रिंटिंग</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Rate (₹)</source>
        <translation>रेट (₹)</translation>
    </message>
    <message>
        <source>Amount (₹)</source>
        <translation>राशि (₹)</translation>
    </message>
    <message>
        <source>%1 Ply</source>
        <translation>%1 प्लाई</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>प्लेन</translation>
    </message>
    <message numerus="yes">
        <source>Validity: this quotation is valid for %n day(s), until %1.</source>
        <translation>
            <numerusform>वैधता: यह कोटेशन %n दिन के लिए, %1 तक मान्य है।</numerusform>
            <numerusform>वैधता: यह कोटेशन %n दिनों के लिए, %1 तक मान्य है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery: within %n day(s) of order confirmation.</source>
        <translation>
            <numerusform>डिलीवरी: ऑर्डर की पुष्टि के %n दिन के भीतर।</numerusform>
            <numerusform>डिलीवरी: ऑर्डर की पुष्टि के %n दिनों के भीतर।</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment: %1.</source>
        <translation>भुगतान: %1।</translation>
    </message>
    <message>
        <source>Terms &amp; Conditions</source>
        <translation>नियम &amp; शर्तें</translation>
    </message>
</context>
<context>
    <name>QuoteStatus</name>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>समाप्त</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner</source>
        <translation>मालिक</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>एडमिन</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>स्टाफ़</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>दर्शक</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>सुपर एडमिन</translation>
    </message>
    <message>
        <source>Support agent</source>
        <translation>सपोर्ट एजेंट</translation>
    </message>
    <message>
        <source>Support manager</source>
        <translation>सपोर्ट मैनेजर</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>मार्केटिंग</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>फ़ाइनेंस</translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message>
        <source>Trial</source>
        <translation>ट्रायल</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>भुगतान बकाया</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>निलंबित</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घं %2 मिनट</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 दिन %2 घं</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>चूक गया</translation>
    </message>
    <message>
        <source>met</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>%1 देरी</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 बाकी</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>प्रगति में</translation>
    </message>
    <message>
        <source>Awaiting customer</source>
        <translation>ग्राहक के जवाब का इंतज़ार</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>एस्केलेट किया गया</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>हल हुआ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ऊँची</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>अति आवश्यक</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>समय पर</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>गंभीर</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>उल्लंघन</translation>
    </message>
</context>
<context>
    <name>bcp</name>
    <message>
        <source>this database has schema version %1 but this BoxCostPro understands only up to %2: it was upgraded by a newer BoxCostPro; install that version to use it</source>
        <translation>इस डेटाबेस का स्कीमा वर्ज़न %1 है, पर यह BoxCostPro केवल %2 तक समझता है: इसे नए BoxCostPro ने अपग्रेड किया था; इसे इस्तेमाल करने के लिए वही वर्ज़न इंस्टॉल करें</translation>
    </message>
    <message>
        <source>Wrong user name or password. After %1 failed attempts an account is locked for %2 minutes.</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड गलत है। %1 असफल प्रयासों के बाद खाता %2 मिनट के लिए लॉक हो जाता है।</translation>
    </message>
    <message>
        <source>use 2 to 40 letters, digits, dots, dashes, underscores or @, starting with a letter or digit</source>
        <translation>2 से 40 अक्षर, अंक, बिंदु, डैश, अंडरस्कोर या @ इस्तेमाल करें, जो किसी अक्षर या अंक से शुरू हों</translation>
    </message>
    <message>
        <source>use at most %1 characters</source>
        <translation>अधिकतम %1 अक्षर इस्तेमाल करें</translation>
    </message>
    <message>
        <source>%1 is not a GST state code (two digits, e.g. 27 for Maharashtra)</source>
        <translation>%1 GST राज्य कोड नहीं है (दो अंक, जैसे महाराष्ट्र के लिए 27)</translation>
    </message>
    <message>
        <source>This %1 was changed by %2 at %3. Reload it to see the changes, then edit again.</source>
        <translation>यह %1 %2 ने %3 पर बदला था। बदलाव देखने के लिए इसे फिर से लोड करें, फिर दोबारा संपादित करें।</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>किसी दूसरे उपयोगकर्ता</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>अज्ञात कुंजी</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>must be a whole number of days</source>
        <translation>दिनों की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>must be an object with the party&apos;s name and mobile</source>
        <translation>पार्टी के नाम और मोबाइल वाला ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ज़रूरी है</translation>
    </message>
    <message>
        <source>must be {&quot;percent&quot;: p} or {&quot;fixed&quot;: rupees}</source>
        <translation>{&quot;percent&quot;: p} या {&quot;fixed&quot;: rupees} होना चाहिए</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>must be a rate of zero or more rupees</source>
        <translation>शून्य या अधिक रुपये का रेट होना चाहिए</translation>
    </message>
    <message>
        <source>must be an object with the box fields</source>
        <translation>बॉक्स फ़ील्ड वाला ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true या false होना चाहिए</translation>
    </message>
    <message>
        <source>This quote does not exist.</source>
        <translation>यह कोटेशन मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>This quote was changed by %1 at %2. Reload it to see the changes, then edit again.</source>
        <translation>यह कोटेशन %1 ने %2 पर बदला था। बदलाव देखने के लिए इसे फिर से लोड करें, फिर दोबारा संपादित करें।</translation>
    </message>
    <message>
        <source>choose a party of this shop</source>
        <translation>इस दुकान की कोई पार्टी चुनें</translation>
    </message>
    <message>
        <source>a stored quote snapshot cannot be read: %1</source>
        <translation>सहेजा गया कोटेशन स्नैपशॉट पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Version %1 of this quote does not exist.</source>
        <translation>इस कोटेशन का वर्ज़न %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>a stored masters snapshot cannot be read: %1</source>
        <translation>सहेजा गया मास्टर्स स्नैपशॉट पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>a stored quote item cannot be read: %1</source>
        <translation>सहेजा गया कोटेशन आइटम पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>add at least one item</source>
        <translation>कम से कम एक आइटम जोड़ें</translation>
    </message>
    <message>
        <source>a quote holds at most 500 items</source>
        <translation>एक कोटेशन में अधिकतम 500 आइटम हो सकते हैं</translation>
    </message>
    <message>
        <source>enter a transport amount of zero or more</source>
        <translation>शून्य या अधिक ट्रांसपोर्ट राशि दर्ज करें</translation>
    </message>
    <message>
        <source>use at most 500 characters</source>
        <translation>अधिकतम 500 अक्षर इस्तेमाल करें</translation>
    </message>
    <message>
        <source>enter 0 to %1 days</source>
        <translation>0 से %1 दिन दर्ज करें</translation>
    </message>
    <message>
        <source>enter 1 to %1 days</source>
        <translation>1 से %1 दिन दर्ज करें</translation>
    </message>
    <message>
        <source>use at most 4000 characters</source>
        <translation>अधिकतम 4000 अक्षर इस्तेमाल करें</translation>
    </message>
    <message>
        <source>This ticket does not exist.</source>
        <translation>यह टिकट मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>This ticket was changed by %1 at %2. Reload it to see the changes, then try again.</source>
        <translation>यह टिकट %1 ने %2 पर बदला था। बदलाव देखने के लिए इसे फिर से लोड करें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Ticket %1 is closed: a closed ticket is read-only.</source>
        <translation>टिकट %1 बंद है: बंद टिकट केवल पढ़ा जा सकता है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a tag is 1 to 30 letters, digits, spaces, dots, dashes or underscores</source>
        <translation>&quot;%1&quot;: टैग में 1 से 30 अक्षर, अंक, स्पेस, बिंदु, डैश या अंडरस्कोर होते हैं</translation>
    </message>
    <message>
        <source>at most %1 tags per ticket</source>
        <translation>प्रति टिकट अधिकतम %1 टैग</translation>
    </message>
    <message>
        <source>only active users whose role answers tickets are agents</source>
        <translation>केवल वे सक्रिय उपयोगकर्ता एजेंट हैं जिनकी भूमिका टिकटों का जवाब देती है</translation>
    </message>
    <message>
        <source>Wrong password. After %1 failed attempts an account is locked for %2 minutes.</source>
        <translation>ग़लत पासवर्ड। %1 असफल प्रयासों के बाद खाता %2 मिनट के लिए लॉक हो जाता है।</translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Try again after %1 (UTC) or ask an admin to unlock it.</source>
        <translation>बहुत ज़्यादा असफल प्रयासों के बाद यह खाता लॉक है। %1 (UTC) के बाद फिर कोशिश करें या किसी एडमिन से अनलॉक करवाएँ।</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>कोई मान दर्ज करें।</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>अधिकतम %1 अक्षर।</translation>
    </message>
    <message>
        <source>Choose the state: it decides between CGST/SGST and IGST.</source>
        <translation>राज्य चुनें: इसी से CGST/SGST या IGST तय होता है।</translation>
    </message>
    <message>
        <source>Use digits, spaces and + - ( ) only, at most 40.</source>
        <translation>केवल अंक, स्पेस और + - ( ) इस्तेमाल करें, अधिकतम 40।</translation>
    </message>
    <message>
        <source>Use the account number&apos;s digits and letters only.</source>
        <translation>खाता नंबर के केवल अंक और अक्षर इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>An IFSC is 11 characters: four letters, a zero, then six letters or digits.</source>
        <translation>IFSC में 11 अक्षर होते हैं: चार अक्षर, एक शून्य, फिर छह अक्षर या अंक।</translation>
    </message>
    <message>
        <source>A UPI ID looks like name@bank, for example shop@okicici.</source>
        <translation>UPI ID name@bank जैसी होती है, जैसे shop@okicici।</translation>
    </message>
    <message>
        <source>choose a shop</source>
        <translation>एक दुकान चुनें</translation>
    </message>
    <message>
        <source>There is no such shop.</source>
        <translation>ऐसी कोई दुकान नहीं है।</translation>
    </message>
    <message>
        <source>there is no plan %1</source>
        <translation>कोई प्लान %1 नहीं है</translation>
    </message>
    <message>
        <source>use 3 to 32 letters, digits or dashes</source>
        <translation>3 से 32 अक्षर, अंक या डैश इस्तेमाल करें</translation>
    </message>
    <message>
        <source>enter a percentage from 1 to 100</source>
        <translation>1 से 100 तक प्रतिशत दर्ज करें</translation>
    </message>
    <message>
        <source>enter an amount above zero</source>
        <translation>शून्य से अधिक राशि दर्ज करें</translation>
    </message>
    <message>
        <source>the end must come after the start</source>
        <translation>अंत शुरुआत के बाद होना चाहिए</translation>
    </message>
    <message>
        <source>enter 0 for no limit, or a number of uses</source>
        <translation>कोई सीमा न हो तो 0, वरना उपयोगों की संख्या दर्ज करें</translation>
    </message>
    <message>
        <source>cannot be more than the total uses</source>
        <translation>कुल उपयोगों से अधिक नहीं हो सकता</translation>
    </message>
    <message>
        <source>the minimum amount cannot be negative</source>
        <translation>न्यूनतम राशि ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <source>1 colour</source>
        <translation>1 रंग</translation>
    </message>
    <message>
        <source>%1 colours</source>
        <translation>%1 रंग</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>the user does not belong to this shop</source>
        <translation>उपयोगकर्ता इस दुकान का नहीं है</translation>
    </message>
    <message>
        <source>This invoice does not exist.</source>
        <translation>यह इनवॉइस मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Choose the party to bill.</source>
        <translation>बिल करने के लिए पार्टी चुनें।</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>कम से कम एक लाइन जोड़ें।</translation>
    </message>
    <message>
        <source>At most %1 lines.</source>
        <translation>अधिकतम %1 लाइनें।</translation>
    </message>
    <message>
        <source>Enter what is sold.</source>
        <translation>क्या बेचा जा रहा है, दर्ज करें।</translation>
    </message>
    <message>
        <source>An HSN code has 4, 6 or 8 digits.</source>
        <translation>HSN कोड में 4, 6 या 8 अंक होते हैं।</translation>
    </message>
    <message>
        <source>Enter a quantity from 1 to 10,00,00,000.</source>
        <translation>1 से 10,00,00,000 तक मात्रा दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the unit (Pcs, Kg, ...).</source>
        <translation>इकाई दर्ज करें (Pcs, Kg, ...)।</translation>
    </message>
    <message>
        <source>Enter a rate of zero or more.</source>
        <translation>शून्य या अधिक रेट दर्ज करें।</translation>
    </message>
    <message>
        <source>Sizes cannot be negative.</source>
        <translation>साइज़ ऋणात्मक नहीं हो सकते।</translation>
    </message>
    <message>
        <source>Use mm or in.</source>
        <translation>mm या in इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Enter freight of zero or more.</source>
        <translation>शून्य या अधिक भाड़ा दर्ज करें।</translation>
    </message>
    <message>
        <source>The due date cannot be before the invoice date.</source>
        <translation>देय तारीख इनवॉइस तारीख से पहले नहीं हो सकती।</translation>
    </message>
    <message>
        <source>At most 60 characters.</source>
        <translation>अधिकतम 60 अक्षर।</translation>
    </message>
    <message>
        <source>Enter who receives the goods.</source>
        <translation>दर्ज करें कि माल कौन प्राप्त करेगा।</translation>
    </message>
    <message>
        <source>This invoice was changed by %1 at %2. Reload it to see the changes, then try again.</source>
        <translation>यह इनवॉइस %1 ने %2 पर बदला था। बदलाव देखने के लिए इसे फिर से लोड करें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 is cancelled and cannot be changed.</source>
        <translation>%1 रद्द है और बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>%1 is final and cannot be changed; cancel it or issue a credit note.</source>
        <translation>%1 फ़ाइनल है और बदला नहीं जा सकता; इसे रद्द करें या क्रेडिट नोट जारी करें।</translation>
    </message>
    <message>
        <source>%1 is hidden; show the party again or choose another</source>
        <translation>%1 छिपी हुई है; पार्टी को फिर से दिखाएँ या कोई दूसरी चुनें</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>फ़ाइनल</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Tax invoice</source>
        <translation>टैक्स इनवॉइस</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>अदत्त</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>आंशिक भुगतान</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हो गया</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>बैंक ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <source>There is no such plan.</source>
        <translation>ऐसा कोई प्लान नहीं है।</translation>
    </message>
    <message>
        <source>This computer does not have the shop key that protects two-factor sign-in for %1. An owner or admin can read the key under Users &gt; Shop key on a computer that has it, and enter it on this one (Enter shop key, or boxcost user shop-key install). Until then, a backup code signs in.</source>
        <translation>इस कंप्यूटर में वह दुकान कुंजी नहीं है जो %1 के दो-चरणीय साइन-इन की सुरक्षा करती है। मालिक या एडमिन जिस कंप्यूटर में कुंजी है उस पर उपयोगकर्ता &gt; दुकान कुंजी में इसे पढ़कर इस कंप्यूटर पर दर्ज कर सकते हैं (दुकान कुंजी दर्ज करें, या boxcost user shop-key install)। तब तक बैकअप कोड से साइन इन होता है।</translation>
    </message>
    <message>
        <source>The shop key saved on this computer is not the key %1 uses for two-factor sign-in. An owner or admin can read the right key under Users &gt; Shop key on a computer that has it, and enter it on this one. Until then, a backup code signs in.</source>
        <translation>इस कंप्यूटर पर सहेजी गई दुकान कुंजी वह कुंजी नहीं है जो %1 दो-चरणीय साइन-इन के लिए इस्तेमाल करती है। मालिक या एडमिन जिस कंप्यूटर में कुंजी है उस पर उपयोगकर्ता &gt; दुकान कुंजी में सही कुंजी पढ़कर इस कंप्यूटर पर दर्ज कर सकते हैं। तब तक बैकअप कोड से साइन इन होता है।</translation>
    </message>
    <message>
        <source>on trial</source>
        <translation>ट्रायल पर</translation>
    </message>
    <message>
        <source>%1&apos;s subscription is %2: %3</source>
        <translation>%1 का सब्सक्रिप्शन %2 है: %3</translation>
    </message>
    <message>
        <source>BoxCostPro %1 plan, %2 to %3</source>
        <translation>BoxCostPro %1 प्लान, %2 से %3</translation>
    </message>
    <message>
        <source>give the reason in at least %1 characters</source>
        <translation>कम से कम %1 अक्षरों में कारण लिखें</translation>
    </message>
</context>
<context>
    <name>bcp::AccountService</name>
    <message>
        <source>enter the shop&apos;s name</source>
        <translation>दुकान का नाम दर्ज करें</translation>
    </message>
    <message>
        <source>choose the shop&apos;s state</source>
        <translation>दुकान का राज्य चुनें</translation>
    </message>
    <message>
        <source>the GSTIN is registered in %1, not in %2</source>
        <translation>GSTIN %1 में पंजीकृत है, %2 में नहीं</translation>
    </message>
    <message>
        <source>this database already has a shop and users; sign in instead</source>
        <translation>इस डेटाबेस में पहले से दुकान और उपयोगकर्ता हैं; साइन इन करें</translation>
    </message>
    <message>
        <source>enter your user name</source>
        <translation>अपना उपयोगकर्ता नाम दर्ज करें</translation>
    </message>
    <message>
        <source>enter your password</source>
        <translation>अपना पासवर्ड दर्ज करें</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an admin of your shop to enable it.</source>
        <translation>यह खाता बंद है। अपनी दुकान के किसी एडमिन से इसे चालू करवाएँ।</translation>
    </message>
    <message>
        <source>That backup code is not valid or was already used.</source>
        <translation>यह बैकअप कोड मान्य नहीं है या पहले ही इस्तेमाल हो चुका है।</translation>
    </message>
    <message>
        <source>two-factor sign-in is not set up for this user</source>
        <translation>इस उपयोगकर्ता के लिए दो-चरणीय साइन-इन सेट नहीं है</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code in your app.</source>
        <translation>यह कोड पहले ही इस्तेमाल हो चुका है। अपने ऐप में अगले कोड का इंतज़ार करें।</translation>
    </message>
    <message>
        <source>That code is not correct. Check your authenticator app&apos;s clock and try the current code.</source>
        <translation>यह कोड सही नहीं है। अपने ऑथेंटिकेटर ऐप की घड़ी जाँचें और वर्तमान कोड आज़माएँ।</translation>
    </message>
    <message>
        <source>your account no longer exists</source>
        <translation>आपका खाता अब मौजूद नहीं है</translation>
    </message>
    <message>
        <source>the current password is not correct</source>
        <translation>वर्तमान पासवर्ड सही नहीं है</translation>
    </message>
    <message>
        <source>choose a password different from the current one</source>
        <translation>वर्तमान पासवर्ड से अलग पासवर्ड चुनें</translation>
    </message>
    <message>
        <source>that code does not match; type the current code from your app</source>
        <translation>यह कोड मेल नहीं खाता; अपने ऐप का वर्तमान कोड लिखें</translation>
    </message>
    <message>
        <source>no user %1 in this shop</source>
        <translation>इस दुकान में कोई उपयोगकर्ता %1 नहीं है</translation>
    </message>
    <message>
        <source>no such user in this shop</source>
        <translation>इस दुकान में ऐसा कोई उपयोगकर्ता नहीं है</translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation>इनमें से एक चुनें: %1</translation>
    </message>
    <message>
        <source>Only an owner can make another owner.</source>
        <translation>केवल मालिक ही किसी और को मालिक बना सकता है।</translation>
    </message>
    <message>
        <source>enter a valid e-mail address</source>
        <translation>मान्य ई-मेल पता दर्ज करें</translation>
    </message>
    <message>
        <source>the user name %1 is already taken</source>
        <translation>उपयोगकर्ता नाम %1 पहले से लिया जा चुका है</translation>
    </message>
    <message>
        <source>enter the user&apos;s name</source>
        <translation>उपयोगकर्ता का नाम दर्ज करें</translation>
    </message>
    <message>
        <source>this user was changed by someone else; reload and try again</source>
        <translation>यह उपयोगकर्ता किसी और ने बदल दिया; फिर से लोड करके दोबारा कोशिश करें</translation>
    </message>
    <message>
        <source>you cannot disable your own account</source>
        <translation>आप अपना खुद का खाता बंद नहीं कर सकते</translation>
    </message>
    <message>
        <source>Only an owner can disable or enable an owner.</source>
        <translation>केवल मालिक ही किसी मालिक को बंद या चालू कर सकता है।</translation>
    </message>
    <message>
        <source>%1 is the shop&apos;s last owner and cannot be disabled</source>
        <translation>%1 दुकान का आख़िरी मालिक है और बंद नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>you cannot change your own role; ask another owner or admin</source>
        <translation>आप अपनी खुद की भूमिका नहीं बदल सकते; किसी दूसरे मालिक या एडमिन से कहें</translation>
    </message>
    <message>
        <source>Only an owner can change an owner&apos;s role.</source>
        <translation>केवल मालिक ही किसी मालिक की भूमिका बदल सकता है।</translation>
    </message>
    <message>
        <source>%1 is the shop&apos;s last owner; make someone else an owner first</source>
        <translation>%1 दुकान का आख़िरी मालिक है; पहले किसी और को मालिक बनाएँ</translation>
    </message>
    <message>
        <source>This account is not active.</source>
        <translation>यह खाता सक्रिय नहीं है।</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>दोनों पासवर्ड अलग हैं</translation>
    </message>
    <message>
        <source>This account no longer exists. Sign out.</source>
        <translation>यह खाता अब मौजूद नहीं है। साइन आउट करें।</translation>
    </message>
    <message>
        <source>This account was disabled by an admin. Sign out.</source>
        <translation>यह खाता एक एडमिन ने बंद कर दिया है। साइन आउट करें।</translation>
    </message>
    <message>
        <source>Platform administration</source>
        <translation>प्लेटफ़ॉर्म प्रशासन</translation>
    </message>
    <message>
        <source>the shop of this account no longer exists</source>
        <translation>इस खाते की दुकान अब मौजूद नहीं है</translation>
    </message>
    <message>
        <source>enter your current password</source>
        <translation>अपना वर्तमान पासवर्ड दर्ज करें</translation>
    </message>
    <message>
        <source>this account&apos;s two-factor key was set up under a key this shop no longer uses; sign in with a backup code, or ask an admin to reset two-factor for this account</source>
        <translation>इस खाते की दो-चरणीय कुंजी ऐसी कुंजी के तहत सेट की गई थी जिसे यह दुकान अब इस्तेमाल नहीं करती; बैकअप कोड से साइन इन करें, या किसी एडमिन से इस खाते का दो-चरणीय रीसेट करवाएँ</translation>
    </message>
</context>
<context>
    <name>bcp::AttachmentCheck</name>
    <message>
        <source>Images, PDF, text and office documents (%1)</source>
        <translation>इमेज, PDF, टेक्स्ट और ऑफ़िस दस्तावेज़ (%1)</translation>
    </message>
    <message>
        <source>the file has no name</source>
        <translation>फ़ाइल का कोई नाम नहीं है</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 खाली है</translation>
    </message>
    <message>
        <source>%1 is %2 MB; attachments may be at most %3 MB each</source>
        <translation>%1 का आकार %2 MB है; हर अटैचमेंट अधिकतम %3 MB का हो सकता है</translation>
    </message>
    <message>
        <source>%1 is not an image, PDF, text or office document; only those can be attached</source>
        <translation>%1 इमेज, PDF, टेक्स्ट या ऑफ़िस दस्तावेज़ नहीं है; केवल यही अटैच किए जा सकते हैं</translation>
    </message>
    <message>
        <source>%1 contains %2, which does not match its name; rename it to .%3 and attach it again</source>
        <translation>%1 में %2 है, जो इसके नाम से मेल नहीं खाता; इसका नाम बदलकर .%3 करें और फिर से अटैच करें</translation>
    </message>
</context>
<context>
    <name>bcp::AuditService</name>
    <message>
        <source>the end of the date range must come after its start</source>
        <translation>तारीख सीमा का अंत उसकी शुरुआत के बाद होना चाहिए</translation>
    </message>
    <message>
        <source>search for at most %1 characters</source>
        <translation>अधिकतम %1 अक्षरों तक खोजें</translation>
    </message>
    <message>
        <source>ask for 1 to %1 rows</source>
        <translation>1 से %1 पंक्तियाँ माँगें</translation>
    </message>
    <message>
        <source>a row id is never negative</source>
        <translation>पंक्ति id कभी ऋणात्मक नहीं होती</translation>
    </message>
    <message>
        <source>There is no audit entry %1.</source>
        <translation>ऑडिट प्रविष्टि %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>There is no audit log of shop %1.</source>
        <translation>दुकान %1 का कोई ऑडिट लॉग नहीं है।</translation>
    </message>
    <message>
        <source>the export file is not open for writing</source>
        <translation>निर्यात फ़ाइल लिखने के लिए खुली नहीं है</translation>
    </message>
    <message>
        <source>The export stopped after %1 rows: %2</source>
        <translation>%1 पंक्तियों के बाद निर्यात रुक गया: %2</translation>
    </message>
</context>
<context>
    <name>bcp::AuditVerifier</name>
    <message>
        <source>seq %1 is missing before this row</source>
        <translation>इस पंक्ति से पहले seq %1 ग़ायब है</translation>
    </message>
    <message>
        <source>seqs %1 to %2 are missing before this row</source>
        <translation>इस पंक्ति से पहले seq %1 से %2 ग़ायब हैं</translation>
    </message>
    <message>
        <source>the row lies beyond the chain head (last seq %1)</source>
        <translation>यह पंक्ति चेन हेड के बाद है (आख़िरी seq %1)</translation>
    </message>
    <message>
        <source>prev_hash is not the start of a chain</source>
        <translation>prev_hash चेन की शुरुआत नहीं है</translation>
    </message>
    <message>
        <source>prev_hash does not match the row_hash of seq %1</source>
        <translation>prev_hash, seq %1 के row_hash से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>row_hash does not match the row: it was changed after it was written</source>
        <translation>row_hash पंक्ति से मेल नहीं खाता: लिखे जाने के बाद इसे बदला गया</translation>
    </message>
    <message>
        <source>the chain head of this tenant is missing</source>
        <translation>इस टेनेंट का चेन हेड ग़ायब है</translation>
    </message>
    <message>
        <source>the last row (seq %1) is missing</source>
        <translation>आख़िरी पंक्ति (seq %1) ग़ायब है</translation>
    </message>
    <message>
        <source>seqs %1 to %2 are missing at the end</source>
        <translation>अंत में seq %1 से %2 ग़ायब हैं</translation>
    </message>
    <message>
        <source>the chain head&apos;s hash does not match the last row</source>
        <translation>चेन हेड का हैश आख़िरी पंक्ति से मेल नहीं खाता</translation>
    </message>
</context>
<context>
    <name>bcp::BackupCodes</name>
    <message>
        <source>This is not a backup code.</source>
        <translation>यह बैकअप कोड नहीं है।</translation>
    </message>
    <message>
        <source>Not enough memory to protect the backup codes.</source>
        <translation>बैकअप कोड सुरक्षित करने के लिए पर्याप्त मेमोरी नहीं है।</translation>
    </message>
</context>
<context>
    <name>bcp::Base32</name>
    <message>
        <source>The key has the wrong length; check that it was copied whole.</source>
        <translation>कुंजी की लंबाई ग़लत है; जाँचें कि पूरी कॉपी हुई है।</translation>
    </message>
    <message>
        <source>The key contains &apos;%1&apos;, which is not a letter A-Z or a digit 2-7.</source>
        <translation>कुंजी में &apos;%1&apos; है, जो A-Z का अक्षर या 2-7 का अंक नहीं है।</translation>
    </message>
</context>
<context>
    <name>bcp::ChainReport</name>
    <message>
        <source>tenant %1: broken at seq %2 (id %3): %4</source>
        <translation>टेनेंट %1: seq %2 (id %3) पर टूटी: %4</translation>
    </message>
    <message>
        <source>tenant %1: broken at seq %2: %3</source>
        <translation>टेनेंट %1: seq %2 पर टूटी: %3</translation>
    </message>
    <message>
        <source>tenant %1: check stopped after %2 rows</source>
        <translation>टेनेंट %1: %2 पंक्तियों के बाद जाँच रुकी</translation>
    </message>
    <message>
        <source>tenant %1: %2 rows, the chain holds</source>
        <translation>टेनेंट %1: %2 पंक्तियाँ, चेन सही है</translation>
    </message>
</context>
<context>
    <name>bcp::CompanyService</name>
    <message>
        <source>The image is larger than 4 MB.</source>
        <translation>इमेज 4 MB से बड़ी है।</translation>
    </message>
    <message>
        <source>This file is not an image BoxCostPro can read.</source>
        <translation>यह फ़ाइल ऐसी इमेज नहीं है जिसे BoxCostPro पढ़ सके।</translation>
    </message>
    <message>
        <source>The image could not be converted to PNG.</source>
        <translation>इमेज को PNG में बदला नहीं जा सका।</translation>
    </message>
    <message>
        <source>The company profile was changed by %1 at %2. Reload it, then edit again.</source>
        <translation>कंपनी प्रोफ़ाइल %1 ने %2 पर बदली थी। इसे फिर से लोड करें, फिर दोबारा संपादित करें।</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>किसी दूसरे उपयोगकर्ता</translation>
    </message>
    <message>
        <source>The shop has issued tax invoices: only the owner may change its legal name, GSTIN, PAN or state.</source>
        <translation>दुकान टैक्स इनवॉइस जारी कर चुकी है: केवल मालिक ही इसका कानूनी नाम, GSTIN, PAN या राज्य बदल सकता है।</translation>
    </message>
</context>
<context>
    <name>bcp::CouponService</name>
    <message>
        <source>Coupon code %1 does not exist.</source>
        <translation>कूपन कोड %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Coupon %1 is not active.</source>
        <translation>कूपन %1 सक्रिय नहीं है।</translation>
    </message>
    <message>
        <source>Coupon %1 is valid from %2.</source>
        <translation>कूपन %1, %2 से मान्य है।</translation>
    </message>
    <message>
        <source>Coupon %1 expired on %2.</source>
        <translation>कूपन %1 की वैधता %2 को समाप्त हो गई।</translation>
    </message>
    <message>
        <source>Coupon %1 has been used the maximum number of times.</source>
        <translation>कूपन %1 अधिकतम बार इस्तेमाल हो चुका है।</translation>
    </message>
    <message>
        <source>Coupon %1 was already used by this shop.</source>
        <translation>कूपन %1 यह दुकान पहले ही इस्तेमाल कर चुकी है।</translation>
    </message>
    <message>
        <source>Coupon %1 is not valid for the %2 plan.</source>
        <translation>कूपन %1, %2 प्लान के लिए मान्य नहीं है।</translation>
    </message>
    <message>
        <source>Coupon %1 needs an amount of at least %2.</source>
        <translation>कूपन %1 के लिए कम से कम %2 की राशि चाहिए।</translation>
    </message>
    <message>
        <source>Coupon %1 gives %2 off.</source>
        <translation>कूपन %1 से %2 की छूट मिलती है।</translation>
    </message>
    <message>
        <source>There is no such coupon.</source>
        <translation>ऐसा कोई कूपन नहीं है।</translation>
    </message>
    <message>
        <source>coupon %1 already exists</source>
        <translation>कूपन %1 पहले से मौजूद है</translation>
    </message>
    <message>
        <source>%1 changed this coupon at %2; reload it and make your change again.</source>
        <translation>%1 ने %2 पर यह कूपन बदला था; इसे फिर से लोड करके अपना बदलाव दोबारा करें।</translation>
    </message>
    <message>
        <source>a coupon that was used keeps its code</source>
        <translation>इस्तेमाल हो चुके कूपन का कोड नहीं बदलता</translation>
    </message>
    <message>
        <source>use 2 to 12 letters or digits</source>
        <translation>2 से 12 अक्षर या अंक इस्तेमाल करें</translation>
    </message>
    <message>
        <source>make 1 to %1 codes at a time</source>
        <translation>एक बार में 1 से %1 कोड बनाएँ</translation>
    </message>
    <message>
        <source>choose the coupons to deactivate</source>
        <translation>निष्क्रिय करने के लिए कूपन चुनें</translation>
    </message>
</context>
<context>
    <name>bcp::DemoData</name>
    <message>
        <source>use 0 to 100000000 quotes</source>
        <translation>0 से 100000000 कोटेशन इस्तेमाल करें</translation>
    </message>
    <message>
        <source>use at most 10000000 parties</source>
        <translation>अधिकतम 10000000 पार्टियाँ इस्तेमाल करें</translation>
    </message>
    <message>
        <source>quotes need at least one party</source>
        <translation>कोटेशन के लिए कम से कम एक पार्टी चाहिए</translation>
    </message>
</context>
<context>
    <name>bcp::DocumentBuilder</name>
    <message>
        <source>Reason: %1</source>
        <translation>कारण: %1</translation>
    </message>
</context>
<context>
    <name>bcp::DocumentNumber</name>
    <message>
        <source>{seq} needs a width, like {seq:4}.</source>
        <translation>{seq} के लिए चौड़ाई चाहिए, जैसे {seq:4}।</translation>
    </message>
    <message>
        <source>In {%1} the width must be a number from 1 to %2.</source>
        <translation>{%1} में चौड़ाई 1 से %2 तक की संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>Unknown token {%1}: use {FY}, {YYYY}, {YY} or {seq:N}.</source>
        <translation>अज्ञात टोकन {%1}: {FY}, {YYYY}, {YY} या {seq:N} इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>A } in the template has no matching {.</source>
        <translation>टेम्पलेट में एक } का मेल खाता { नहीं है।</translation>
    </message>
    <message>
        <source>A { in the template is not closed.</source>
        <translation>टेम्पलेट में एक { बंद नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Enter a number template.</source>
        <translation>नंबर टेम्पलेट दर्ज करें।</translation>
    </message>
    <message>
        <source>Spaces and control characters cannot be part of a document number.</source>
        <translation>स्पेस और कंट्रोल अक्षर दस्तावेज़ नंबर का हिस्सा नहीं हो सकते।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a GST document number: only A-Z, a-z, 0-9, / and - are allowed.</source>
        <translation>&quot;%1&quot; GST दस्तावेज़ नंबर का हिस्सा नहीं हो सकता: केवल A-Z, a-z, 0-9, / और - की अनुमति है।</translation>
    </message>
    <message>
        <source>The template needs {seq:N} for the running number, like {seq:4}.</source>
        <translation>चलते नंबर के लिए टेम्पलेट में {seq:N} चाहिए, जैसे {seq:4}।</translation>
    </message>
    <message>
        <source>The template can contain {seq:N} only once.</source>
        <translation>टेम्पलेट में {seq:N} केवल एक बार हो सकता है।</translation>
    </message>
    <message>
        <source>The template needs {FY}: numbering restarts every financial year, so numbers without it would repeat.</source>
        <translation>टेम्पलेट में {FY} चाहिए: हर वित्त वर्ष में नंबरिंग फिर से शुरू होती है, इसलिए इसके बिना नंबर दोहराए जाएँगे।</translation>
    </message>
    <message>
        <source>This template makes numbers of up to %1 characters; GST rule 46(b) allows at most %2.</source>
        <translation>यह टेम्पलेट %1 अक्षरों तक के नंबर बनाता है; GST नियम 46(b) अधिकतम %2 की अनुमति देता है।</translation>
    </message>
    <message>
        <source>The document date is not valid.</source>
        <translation>दस्तावेज़ की तारीख मान्य नहीं है।</translation>
    </message>
    <message>
        <source>Sequence numbers start at 1.</source>
        <translation>क्रम संख्या 1 से शुरू होती है।</translation>
    </message>
    <message>
        <source>Number %1 does not fit this template within %2 characters (GST rule 46(b)); shorten the template&apos;s fixed text.</source>
        <translation>नंबर %1 इस टेम्पलेट में %2 अक्षरों के भीतर नहीं आता (GST नियम 46(b)); टेम्पलेट का स्थिर टेक्स्ट छोटा करें।</translation>
    </message>
</context>
<context>
    <name>bcp::EntitlementService</name>
    <message>
        <source>This shop&apos;s subscription is suspended, so %1 cannot be used. Ask BoxCostPro to reactivate it.</source>
        <translation>इस दुकान का सब्सक्रिप्शन निलंबित है, इसलिए %1 इस्तेमाल नहीं किया जा सकता। इसे फिर से चालू करने के लिए BoxCostPro से कहें।</translation>
    </message>
    <message>
        <source>%1 is switched off for %2 until %3.</source>
        <translation>%1, %2 के लिए %3 तक बंद है।</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>आपके उपयोगकर्ता</translation>
    </message>
    <message>
        <source>this shop</source>
        <translation>इस दुकान</translation>
    </message>
    <message>
        <source> (the %1 subscription has %2)</source>
        <translation> (%1 सब्सक्रिप्शन में %2 है)</translation>
    </message>
    <message>
        <source>%1 is not included in the %2 plan%3. %4</source>
        <translation>%1 %2 प्लान%3 में शामिल नहीं है। %4</translation>
    </message>
    <message>
        <source>Ask BoxCostPro about it.</source>
        <translation>इसके बारे में BoxCostPro से पूछें।</translation>
    </message>
    <message>
        <source>Upgrade to %1 to use it.</source>
        <translation>इसे इस्तेमाल करने के लिए %1 में अपग्रेड करें।</translation>
    </message>
    <message>
        <source>on the %1 plan</source>
        <translation>%1 प्लान पर</translation>
    </message>
    <message>
        <source>by an override until %1</source>
        <translation>%1 तक ओवरराइड द्वारा</translation>
    </message>
    <message>
        <source> Upgrade to %1 (limit %2).</source>
        <translation> %1 में अपग्रेड करें (सीमा %2)।</translation>
    </message>
    <message>
        <source>The limit for %2 is %3 %1; this shop has used %4 from %5 to %6.%7 Or wait for the next period, from %8.</source>
        <translation>%2 की सीमा %3 %1 है; इस दुकान ने %5 से %6 तक %4 इस्तेमाल किए हैं।%7 या अगली अवधि का इंतज़ार करें, जो %8 से है।</translation>
    </message>
    <message>
        <source>The limit for %2 is %3 %1; this shop has %4 already.%5</source>
        <translation>%2 की सीमा %3 %1 है; इस दुकान के पास पहले से %4 हैं।%5</translation>
    </message>
    <message>
        <source>give the reason in at least %1 characters</source>
        <translation>कम से कम %1 अक्षरों में कारण लिखें</translation>
    </message>
    <message>
        <source>choose when the override ends, after today</source>
        <translation>ओवरराइड कब खत्म हो, चुनें (आज के बाद)</translation>
    </message>
    <message>
        <source>an override lasts at most %1 days</source>
        <translation>ओवरराइड अधिकतम %1 दिन चलता है</translation>
    </message>
    <message>
        <source>enter 0 or more, or leave it unlimited</source>
        <translation>0 या अधिक दर्ज करें, या असीमित छोड़ दें</translation>
    </message>
    <message>
        <source>there is no feature %1</source>
        <translation>कोई फ़ीचर %1 नहीं है</translation>
    </message>
    <message>
        <source>There is no such override.</source>
        <translation>ऐसा कोई ओवरराइड नहीं है।</translation>
    </message>
</context>
<context>
    <name>bcp::GstTotals</name>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>मात्रा ऋणात्मक नहीं हो सकती।</translation>
    </message>
    <message>
        <source>The rate cannot be negative.</source>
        <translation>रेट ऋणात्मक नहीं हो सकता।</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>राशि बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>The GST rate must be between 0 and 100 %.</source>
        <translation>GST दर 0 से 100 % के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <source>The GST rate has at most two decimals, like 0.25 or 18.</source>
        <translation>GST दर में अधिकतम दो दशमलव होते हैं, जैसे 0.25 या 18।</translation>
    </message>
    <message>
        <source>Transport cannot be negative.</source>
        <translation>ट्रांसपोर्ट ऋणात्मक नहीं हो सकता।</translation>
    </message>
</context>
<context>
    <name>bcp::Gstin</name>
    <message>
        <source>Enter the GSTIN.</source>
        <translation>GSTIN दर्ज करें।</translation>
    </message>
    <message>
        <source>A GSTIN has only letters and digits; character %1 is &quot;%2&quot;.</source>
        <translation>GSTIN में केवल अक्षर और अंक होते हैं; अक्षर %1 &quot;%2&quot; है।</translation>
    </message>
    <message>
        <source>A GSTIN has 15 characters; this one has %1.</source>
        <translation>GSTIN में 15 अक्षर होते हैं; इसमें %1 हैं।</translation>
    </message>
    <message>
        <source>Characters 1-2 of a GSTIN are the state code (two digits).</source>
        <translation>GSTIN के अक्षर 1-2 राज्य कोड (दो अंक) होते हैं।</translation>
    </message>
    <message>
        <source>%1 is not a GST state code.</source>
        <translation>%1 GST राज्य कोड नहीं है।</translation>
    </message>
    <message>
        <source>Characters 3-12 of a GSTIN are the PAN (5 letters, 4 digits, 1 letter); character %1 does not fit.</source>
        <translation>GSTIN के अक्षर 3-12 PAN होते हैं (5 अक्षर, 4 अंक, 1 अक्षर); अक्षर %1 सही नहीं बैठता।</translation>
    </message>
    <message>
        <source>Character 13 of a GSTIN is the registration number: 1-9 or A-Z, not 0.</source>
        <translation>GSTIN का अक्षर 13 पंजीकरण संख्या है: 1-9 या A-Z, 0 नहीं।</translation>
    </message>
    <message>
        <source>Character 14 of a GSTIN is always Z, not &quot;%1&quot;.</source>
        <translation>GSTIN का अक्षर 14 हमेशा Z होता है, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2: the GSTIN may be mistyped.</source>
        <translation>चेक अक्षर %1 होना चाहिए, %2 नहीं: GSTIN ग़लत टाइप हुआ हो सकता है।</translation>
    </message>
</context>
<context>
    <name>bcp::IndianFormat</name>
    <message>
        <source>Enter an amount.</source>
        <translation>राशि दर्ज करें।</translation>
    </message>
    <message>
        <source>The amount has more than one minus sign.</source>
        <translation>राशि में एक से अधिक माइनस चिह्न हैं।</translation>
    </message>
    <message>
        <source>Not an amount: use digits, commas and one decimal point (1,23,456.50).</source>
        <translation>यह राशि नहीं है: अंक, कॉमा और एक दशमलव बिंदु इस्तेमाल करें (1,23,456.50)।</translation>
    </message>
    <message>
        <source>The commas are in the wrong places: write 1,23,456.50 or 123,456.50.</source>
        <translation>कॉमा गलत जगह पर हैं: 1,23,456.50 या 123,456.50 लिखें।</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (paise).</source>
        <translation>राशि में अधिकतम दो दशमलव (पैसे) होते हैं।</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>राशि बहुत बड़ी है।</translation>
    </message>
</context>
<context>
    <name>bcp::InvoiceService</name>
    <message>
        <source>Quote %1 is %2, not accepted: accept it first (boxcost quote status %1 accepted).</source>
        <translation>कोटेशन %1 %2 है, स्वीकृत नहीं: पहले इसे स्वीकार करें (boxcost quote status %1 accepted)।</translation>
    </message>
    <message>
        <source>Quote %1 has no selected items to invoice.</source>
        <translation>कोटेशन %1 में इनवॉइस करने के लिए कोई चुना हुआ आइटम नहीं है।</translation>
    </message>
    <message>
        <source>Quote %1 changed while the invoice was being made; try again.</source>
        <translation>इनवॉइस बनते समय कोटेशन %1 बदल गया; दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>This invoice is already final (%1).</source>
        <translation>यह इनवॉइस पहले से फ़ाइनल है (%1)।</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 रद्द है।</translation>
    </message>
    <message>
        <source>The company&apos;s state changed after this draft was saved, which changes its GST: open the draft and save it again before finalising.</source>
        <translation>यह ड्राफ़्ट सहेजने के बाद कंपनी का राज्य बदल गया, जिससे इसका GST बदलता है: फ़ाइनल करने से पहले ड्राफ़्ट खोलकर फिर से सहेजें।</translation>
    </message>
    <message>
        <source>Say why it is cancelled (at least %1 characters).</source>
        <translation>बताएँ कि इसे क्यों रद्द किया गया (कम से कम %1 अक्षर)।</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>अधिकतम %1 अक्षर।</translation>
    </message>
    <message>
        <source>A draft has no number to cancel; discard it instead.</source>
        <translation>ड्राफ़्ट का कोई नंबर नहीं होता जिसे रद्द किया जाए; इसके बजाय इसे हटा दें।</translation>
    </message>
    <message>
        <source>%1 is already cancelled.</source>
        <translation>%1 पहले से रद्द है।</translation>
    </message>
    <message>
        <source>%1 has payments or credit notes against it; issue a credit note instead.</source>
        <translation>%1 के विरुद्ध भुगतान या क्रेडिट नोट हैं; इसके बजाय क्रेडिट नोट जारी करें।</translation>
    </message>
    <message>
        <source>Say why the credit note is issued (at least %1 characters).</source>
        <translation>बताएँ कि क्रेडिट नोट क्यों जारी किया गया (कम से कम %1 अक्षर)।</translation>
    </message>
    <message>
        <source>Credit at least one line or the freight.</source>
        <translation>कम से कम एक लाइन या भाड़े का क्रेडिट दें।</translation>
    </message>
    <message>
        <source>Enter freight of zero or more.</source>
        <translation>शून्य या अधिक भाड़ा दर्ज करें।</translation>
    </message>
    <message>
        <source>A credit note needs a final tax invoice.</source>
        <translation>क्रेडिट नोट के लिए फ़ाइनल टैक्स इनवॉइस चाहिए।</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before its invoice.</source>
        <translation>क्रेडिट नोट की तारीख उसके इनवॉइस से पहले नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Choose a line of the invoice, once.</source>
        <translation>इनवॉइस की एक लाइन चुनें, एक ही बार।</translation>
    </message>
    <message>
        <source>Credit from 1 to %1 (invoiced %2, already credited %3).</source>
        <translation>1 से %1 तक क्रेडिट दें (इनवॉइस किया %2, पहले से क्रेडिट %3)।</translation>
    </message>
    <message>
        <source>At most %1 paise of freight is left to credit.</source>
        <translation>भाड़े के अधिकतम %1 पैसे क्रेडिट के लिए बचे हैं।</translation>
    </message>
    <message>
        <source>The credit notes would exceed the invoice total.</source>
        <translation>क्रेडिट नोट इनवॉइस के कुल से अधिक हो जाएँगे।</translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation>प्राप्त राशि दर्ज करें।</translation>
    </message>
    <message>
        <source>At most 100 characters.</source>
        <translation>अधिकतम 100 अक्षर।</translation>
    </message>
    <message>
        <source>Payments are recorded against final tax invoices only.</source>
        <translation>भुगतान केवल फ़ाइनल टैक्स इनवॉइस के विरुद्ध दर्ज होते हैं।</translation>
    </message>
    <message>
        <source>%1 has %2 paise left to pay.</source>
        <translation>%1 पर %2 पैसे का भुगतान बाकी है।</translation>
    </message>
    <message>
        <source>There is no invoice or credit note %1.</source>
        <translation>कोई इनवॉइस या क्रेडिट नोट %1 नहीं है।</translation>
    </message>
    <message>
        <source>Choose an invoice or a party.</source>
        <translation>कोई इनवॉइस या पार्टी चुनें।</translation>
    </message>
    <message>
        <source>Ask for 1 to 1000 rows.</source>
        <translation>1 से 1000 पंक्तियाँ माँगें।</translation>
    </message>
</context>
<context>
    <name>bcp::Migrations</name>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation>माइग्रेशन %1 इस बिल्ड में नहीं है</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>माइग्रेशन %1 (%2) असफल: %3</translation>
    </message>
    <message>
        <source>this database has schema version %1; run `boxcost db migrate` to upgrade it to %2</source>
        <translation>इस डेटाबेस का स्कीमा वर्ज़न %1 है; इसे %2 में अपग्रेड करने के लिए `boxcost db migrate` चलाएँ</translation>
    </message>
</context>
<context>
    <name>bcp::Negotiation</name>
    <message>
        <source>The negotiated rate must be zero or more.</source>
        <translation>तय किया गया रेट शून्य या अधिक होना चाहिए।</translation>
    </message>
    <message>
        <source>The discount must be at least 0 % and below 100 %.</source>
        <translation>छूट कम से कम 0 % और 100 % से कम होनी चाहिए।</translation>
    </message>
</context>
<context>
    <name>bcp::PartyService</name>
    <message>
        <source>enter the party&apos;s name</source>
        <translation>पार्टी का नाम दर्ज करें</translation>
    </message>
    <message>
        <source>use at most %1 characters</source>
        <translation>अधिकतम %1 अक्षर इस्तेमाल करें</translation>
    </message>
    <message>
        <source>enter the party&apos;s mobile number</source>
        <translation>पार्टी का मोबाइल नंबर दर्ज करें</translation>
    </message>
    <message>
        <source>%1 is not the PAN inside the GSTIN (%2)</source>
        <translation>%1 GSTIN (%2) के अंदर वाला PAN नहीं है</translation>
    </message>
    <message>
        <source>the GSTIN is registered in %1 (%2), not in %3</source>
        <translation>GSTIN %1 (%2) में पंजीकृत है, %3 में नहीं</translation>
    </message>
    <message>
        <source>This party does not exist (it may have been deleted).</source>
        <translation>यह पार्टी मौजूद नहीं है (शायद हटा दी गई हो)।</translation>
    </message>
    <message>
        <source>%1 already has this mobile number</source>
        <translation>%1 के पास पहले से यह मोबाइल नंबर है</translation>
    </message>
    <message>
        <source>party</source>
        <translation>पार्टी</translation>
    </message>
    <message>
        <source>%1 now has this mobile number; change one of them first</source>
        <translation>अब %1 के पास यह मोबाइल नंबर है; पहले इनमें से एक बदलें</translation>
    </message>
</context>
<context>
    <name>bcp::PasswordHasher</name>
    <message>
        <source>Not enough memory to protect the password. Close other programs and try again.</source>
        <translation>पासवर्ड सुरक्षित करने के लिए पर्याप्त मेमोरी नहीं है। दूसरे प्रोग्राम बंद करके फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>पासवर्ड कम से कम %1 अक्षरों का होना चाहिए।</translation>
    </message>
    <message>
        <source>The password must be at most %1 characters long.</source>
        <translation>पासवर्ड अधिकतम %1 अक्षरों का होना चाहिए।</translation>
    </message>
    <message>
        <source>The password must not be one character repeated.</source>
        <translation>पासवर्ड एक ही अक्षर को दोहराकर नहीं बन सकता।</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>पासवर्ड में उपयोगकर्ता नाम नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>The password must not contain the person&apos;s name.</source>
        <translation>पासवर्ड में व्यक्ति का नाम नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>The password must not contain the e-mail address.</source>
        <translation>पासवर्ड में ई-मेल पता नहीं होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>bcp::PlanService</name>
    <message>
        <source>There is no such plan version.</source>
        <translation>प्लान का ऐसा कोई वर्ज़न नहीं है।</translation>
    </message>
    <message>
        <source>There is no such plan.</source>
        <translation>ऐसा कोई प्लान नहीं है।</translation>
    </message>
    <message>
        <source>enter the plan&apos;s name</source>
        <translation>प्लान का नाम दर्ज करें</translation>
    </message>
    <message>
        <source>the price cannot be negative</source>
        <translation>कीमत ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <source>a trial lasts 0 to %1 days</source>
        <translation>ट्रायल 0 से %1 दिन का होता है</translation>
    </message>
    <message>
        <source>there is no feature %1</source>
        <translation>कोई फ़ीचर %1 नहीं है</translation>
    </message>
    <message>
        <source>the feature is listed twice</source>
        <translation>फ़ीचर दो बार सूची में है</translation>
    </message>
    <message>
        <source>enter 0 or more, or leave it unlimited</source>
        <translation>0 या अधिक दर्ज करें, या असीमित छोड़ दें</translation>
    </message>
    <message>
        <source>%1 changed this plan at %2 (now version %3); reload it and make your change again.</source>
        <translation>%1 ने %2 पर यह प्लान बदला था (अब वर्ज़न %3); इसे फिर से लोड करके अपना बदलाव दोबारा करें।</translation>
    </message>
</context>
<context>
    <name>bcp::QrCode</name>
    <message>
        <source>A QR module must be 1 to %1 pixels wide.</source>
        <translation>QR मॉड्यूल 1 से %1 पिक्सेल चौड़ा होना चाहिए।</translation>
    </message>
    <message>
        <source>There is no text to put in the QR code.</source>
        <translation>QR कोड में डालने के लिए कोई टेक्स्ट नहीं है।</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>टेक्स्ट QR कोड के लिए बहुत लंबा है (%1 बाइट)।</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1</source>
        <translation>QR कोड नहीं बन सका: %1</translation>
    </message>
</context>
<context>
    <name>bcp::QuoteCalculator</name>
    <message>
        <source>enter the box name</source>
        <translation>बॉक्स का नाम दर्ज करें</translation>
    </message>
    <message>
        <source>use at most 200 characters</source>
        <translation>अधिकतम 200 अक्षर इस्तेमाल करें</translation>
    </message>
    <message>
        <source>use at most 2000 characters</source>
        <translation>अधिकतम 2000 अक्षर इस्तेमाल करें</translation>
    </message>
    <message>
        <source>an HSN code has 4, 6 or 8 digits</source>
        <translation>HSN कोड में 4, 6 या 8 अंक होते हैं</translation>
    </message>
    <message>
        <source>use at most 20 characters</source>
        <translation>अधिकतम 20 अक्षर इस्तेमाल करें</translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>राशि बहुत बड़ी है</translation>
    </message>
</context>
<context>
    <name>bcp::QuoteJson</name>
    <message>
        <source>must be an array with at least one item</source>
        <translation>कम से कम एक आइटम वाला ऐरे होना चाहिए</translation>
    </message>
    <message>
        <source>must be an amount of zero or more rupees</source>
        <translation>शून्य या अधिक रुपये की राशि होनी चाहिए</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ज़रूरी है</translation>
    </message>
</context>
<context>
    <name>bcp::QuoteService</name>
    <message>
        <source>A quote already exists for this box. Saving will create a new version.</source>
        <translation>इस बॉक्स का कोटेशन पहले से है। सहेजने पर नया वर्ज़न बनेगा।</translation>
    </message>
    <message>
        <source>choose the party first</source>
        <translation>पहले पार्टी चुनें</translation>
    </message>
    <message>
        <source>%1 is hidden; show the party again or choose another</source>
        <translation>%1 छिपी हुई है; पार्टी को फिर से दिखाएँ या कोई दूसरी चुनें</translation>
    </message>
    <message>
        <source>There is no quote %1.</source>
        <translation>कोई कोटेशन %1 नहीं है।</translation>
    </message>
    <message>
        <source>a quote can be marked sent, accepted or rejected</source>
        <translation>कोटेशन को भेजा गया, स्वीकृत या अस्वीकृत चिह्नित किया जा सकता है</translation>
    </message>
    <message>
        <source>Quote %1 is already %2; save a new version to change it.</source>
        <translation>कोटेशन %1 पहले से %2 है; बदलने के लिए नया वर्ज़न सहेजें।</translation>
    </message>
</context>
<context>
    <name>bcp::SecretBox</name>
    <message>
        <source>The data key must be %1 bytes long, not %2.</source>
        <translation>डेटा कुंजी %1 बाइट लंबी होनी चाहिए, %2 नहीं।</translation>
    </message>
    <message>
        <source>The stored secret is damaged: it is not an encrypted value.</source>
        <translation>सहेजा गया सीक्रेट ख़राब है: यह एन्क्रिप्टेड मान नहीं है।</translation>
    </message>
    <message>
        <source>The stored secret has been altered or was encrypted with a different data key; it cannot be used.</source>
        <translation>सहेजा गया सीक्रेट बदला गया है या किसी दूसरी डेटा कुंजी से एन्क्रिप्ट किया गया था; इसे इस्तेमाल नहीं किया जा सकता।</translation>
    </message>
</context>
<context>
    <name>bcp::SecretStore</name>
    <message>
        <source>access to the keychain was refused</source>
        <translation>कीचेन तक पहुँच अस्वीकार कर दी गई</translation>
    </message>
    <message>
        <source>the keychain is locked</source>
        <translation>कीचेन लॉक है</translation>
    </message>
    <message>
        <source>no keychain service is available</source>
        <translation>कोई कीचेन सेवा उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>the keychain reported an error</source>
        <translation>कीचेन ने एक त्रुटि बताई</translation>
    </message>
    <message>
        <source>%1 (keychain error %2)</source>
        <translation>%1 (कीचेन त्रुटि %2)</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>कीचेन ने %1 s में जवाब नहीं दिया</translation>
    </message>
    <message>
        <source>the keychain needs a running application</source>
        <translation>कीचेन के लिए चलता हुआ ऐप्लिकेशन चाहिए</translation>
    </message>
    <message>
        <source>the program was too busy to reach the keychain in time</source>
        <translation>प्रोग्राम इतना व्यस्त था कि समय पर कीचेन तक नहीं पहुँच सका</translation>
    </message>
    <message>
        <source>No saved secret was found for %1.</source>
        <translation>%1 के लिए कोई सहेजा गया सीक्रेट नहीं मिला।</translation>
    </message>
    <message>
        <source>BoxCostPro needs %1, but the system keychain cannot be used: %2. What you enter is kept in memory until the program closes and is never saved.</source>
        <translation>BoxCostPro को %1 चाहिए, पर सिस्टम कीचेन इस्तेमाल नहीं हो सकता: %2। आप जो दर्ज करेंगे वह प्रोग्राम बंद होने तक मेमोरी में रहेगा और कभी सहेजा नहीं जाएगा।</translation>
    </message>
    <message>
        <source>Could not get %1: the system keychain cannot be used (%2) and nothing was entered instead.</source>
        <translation>%1 नहीं मिल सका: सिस्टम कीचेन इस्तेमाल नहीं हो सकता (%2) और इसके बदले कुछ दर्ज नहीं किया गया।</translation>
    </message>
    <message>
        <source>The saved secret %1 could not be deleted from the system keychain: %2.</source>
        <translation>सहेजा गया सीक्रेट %1 सिस्टम कीचेन से हटाया नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>The key that protects two-factor secrets is kept in the system keychain, which cannot be used: %1. Unlock or set up the keychain and try again.</source>
        <translation>दो-चरणीय सीक्रेट की सुरक्षा करने वाली कुंजी सिस्टम कीचेन में रहती है, जो इस्तेमाल नहीं हो सकता: %1। कीचेन अनलॉक या सेट करके फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>the key just saved could not be read back</source>
        <translation>अभी सहेजी गई कुंजी वापस पढ़ी नहीं जा सकी</translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; of %2 does not hold a valid data key. It was left untouched; restore it from a backup of the keychain.</source>
        <translation>%2 की कीचेन प्रविष्टि &quot;%1&quot; में मान्य डेटा कुंजी नहीं है। इसे छुआ नहीं गया; कीचेन के बैकअप से इसे वापस लाएँ।</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain holds no data key.</source>
        <translation>इस कंप्यूटर के कीचेन में कोई डेटा कुंजी नहीं है।</translation>
    </message>
</context>
<context>
    <name>bcp::ShopKeyService</name>
    <message>
        <source>enter the shop key: 13 groups of four letters and digits</source>
        <translation>दुकान कुंजी दर्ज करें: अक्षरों और अंकों के चार-चार के 13 समूह</translation>
    </message>
    <message>
        <source>a shop key is 13 groups of four letters and digits; this has %1 characters instead of 52. Check that it was copied whole.</source>
        <translation>दुकान कुंजी अक्षरों और अंकों के चार-चार के 13 समूह होती है; इसमें 52 के बजाय %1 अक्षर हैं। जाँचें कि पूरी कॉपी हुई है।</translation>
    </message>
    <message>
        <source>the platform staff</source>
        <translation>प्लेटफ़ॉर्म स्टाफ़</translation>
    </message>
    <message>
        <source>this shop</source>
        <translation>इस दुकान</translation>
    </message>
    <message>
        <source>no shop key has been made yet</source>
        <translation>अभी तक कोई दुकान कुंजी नहीं बनी है</translation>
    </message>
    <message>
        <source>the shop key of %1 (13 groups of four letters and digits, shown under Users &gt; Shop key on a computer that has it)</source>
        <translation>%1 की दुकान कुंजी (अक्षरों और अंकों के चार-चार के 13 समूह, जिस कंप्यूटर में कुंजी है उस पर उपयोगकर्ता &gt; दुकान कुंजी में दिखती है)</translation>
    </message>
    <message>
        <source>The two-factor keys of %1 were set up on another computer before shop keys existed, and this computer cannot read them. Sign in with two-factor once on that computer: it then keeps its key as the shop key, and an owner or admin can read it there under Users &gt; Shop key and enter it on this one. Until then, a backup code signs in.</source>
        <translation>%1 की दो-चरणीय कुंजियाँ दुकान कुंजी आने से पहले किसी दूसरे कंप्यूटर पर सेट की गई थीं, और यह कंप्यूटर उन्हें पढ़ नहीं सकता। उस कंप्यूटर पर एक बार दो-चरणीय से साइन इन करें: तब वह अपनी कुंजी को दुकान कुंजी के रूप में रख लेगा, और मालिक या एडमिन उसे वहाँ उपयोगकर्ता &gt; दुकान कुंजी में पढ़कर इस कंप्यूटर पर दर्ज कर सकते हैं। तब तक बैकअप कोड से साइन इन होता है।</translation>
    </message>
    <message>
        <source>The shop key that protects two-factor secrets is kept in the system keychain, which cannot be used: %1. Unlock or set up the keychain and try again.</source>
        <translation>दो-चरणीय सीक्रेट की सुरक्षा करने वाली दुकान कुंजी सिस्टम कीचेन में रहती है, जो इस्तेमाल नहीं हो सकता: %1। कीचेन अनलॉक या सेट करके फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 has no shop key yet, so there is nothing to install: the first computer that sets up or checks a two-factor code makes it.</source>
        <translation>%1 की अभी कोई दुकान कुंजी नहीं है, इसलिए इंस्टॉल करने को कुछ नहीं है: जो पहला कंप्यूटर दो-चरणीय कोड सेट या जाँचेगा, वही इसे बनाएगा।</translation>
    </message>
    <message>
        <source>this is not the shop key of %1. Check each group against the key shown on the other computer.</source>
        <translation>यह %1 की दुकान कुंजी नहीं है। हर समूह को दूसरे कंप्यूटर पर दिखी कुंजी से मिलाएँ।</translation>
    </message>
</context>
<context>
    <name>bcp::SubscriptionService</name>
    <message>
        <source>There is no such subscription invoice.</source>
        <translation>ऐसा कोई सब्सक्रिप्शन इनवॉइस नहीं है।</translation>
    </message>
    <message>
        <source>; coupon %1: %2 off</source>
        <translation>; कूपन %1: %2 छूट</translation>
    </message>
    <message>
        <source>; credit used: %1</source>
        <translation>; इस्तेमाल हुआ क्रेडिट: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>माह</translation>
    </message>
    <message>
        <source>Subscription to BoxCostPro for the period %1 to %2.</source>
        <translation>%1 से %2 की अवधि के लिए BoxCostPro का सब्सक्रिप्शन।</translation>
    </message>
    <message>
        <source>the %1 plan has no trial</source>
        <translation>%1 प्लान में ट्रायल नहीं है</translation>
    </message>
    <message>
        <source>a trial can start only after a trial or paid period has ended</source>
        <translation>ट्रायल तभी शुरू हो सकता है जब कोई ट्रायल या भुगतान वाली अवधि खत्म हो चुकी हो</translation>
    </message>
    <message>
        <source>only a trial, an expired or a cancelled subscription can be activated</source>
        <translation>केवल ट्रायल, समाप्त या रद्द सब्सक्रिप्शन ही सक्रिय किया जा सकता है</translation>
    </message>
    <message>
        <source>only an active or past-due subscription can be renewed</source>
        <translation>केवल सक्रिय या भुगतान-बकाया सब्सक्रिप्शन का नवीनीकरण हो सकता है</translation>
    </message>
    <message>
        <source>a free plan renews by itself</source>
        <translation>फ़्री प्लान अपने आप नवीनीकृत होता है</translation>
    </message>
    <message>
        <source>only a trial or an active subscription can be cancelled at its period end</source>
        <translation>केवल ट्रायल या सक्रिय सब्सक्रिप्शन ही अवधि के अंत में रद्द किया जा सकता है</translation>
    </message>
    <message>
        <source>it has already ended</source>
        <translation>यह पहले ही खत्म हो चुका है</translation>
    </message>
    <message>
        <source>only a trial, an active or a past-due subscription can be suspended</source>
        <translation>केवल ट्रायल, सक्रिय या भुगतान-बकाया सब्सक्रिप्शन ही निलंबित किया जा सकता है</translation>
    </message>
    <message>
        <source>only a suspended subscription, or one cancelled at its period end, can be reactivated; activate it instead</source>
        <translation>केवल निलंबित सब्सक्रिप्शन, या अवधि के अंत में रद्द होने वाला, फिर से चालू किया जा सकता है; इसके बजाय इसे सक्रिय करें</translation>
    </message>
    <message>
        <source>%1 is already on the %2 plan</source>
        <translation>%1 पहले से %2 प्लान पर है</translation>
    </message>
    <message>
        <source>a trial can move only to a plan with a trial; activate the %1 plan instead</source>
        <translation>ट्रायल केवल ट्रायल वाले प्लान पर जा सकता है; इसके बजाय %1 प्लान सक्रिय करें</translation>
    </message>
    <message>
        <source>the plan can change only during a trial or an active period</source>
        <translation>प्लान केवल ट्रायल या सक्रिय अवधि के दौरान बदल सकता है</translation>
    </message>
    <message>
        <source>Change from %1 to %2 for %3 of %4 days, %5 to %6</source>
        <translation>%1 से %2 में बदलाव, %4 में से %3 दिनों के लिए, %5 से %6</translation>
    </message>
    <message>
        <source>proration %1</source>
        <translation>प्रोरेशन %1</translation>
    </message>
    <message>
        <source>Coupon %1 is already waiting for the next invoice.</source>
        <translation>कूपन %1 पहले से अगले इनवॉइस का इंतज़ार कर रहा है।</translation>
    </message>
    <message>
        <source>coupon %1: %2 off the next invoice</source>
        <translation>कूपन %1: अगले इनवॉइस पर %2 छूट</translation>
    </message>
</context>
<context>
    <name>bcp::TicketService</name>
    <message>
        <source>enter a subject: what is the complaint or question about?</source>
        <translation>विषय दर्ज करें: शिकायत या सवाल किस बारे में है?</translation>
    </message>
    <message>
        <source>keep the subject within %1 characters</source>
        <translation>विषय %1 अक्षरों के भीतर रखें</translation>
    </message>
    <message>
        <source>keep the description within %1 characters</source>
        <translation>विवरण %1 अक्षरों के भीतर रखें</translation>
    </message>
    <message>
        <source>choose a category</source>
        <translation>कोई श्रेणी चुनें</translation>
    </message>
    <message>
        <source>choose who raised the ticket: a party or a user</source>
        <translation>चुनें कि टिकट किसने उठाया: कोई पार्टी या उपयोगकर्ता</translation>
    </message>
    <message>
        <source>only a party&apos;s complaint can be linked to a document</source>
        <translation>केवल पार्टी की शिकायत को किसी दस्तावेज़ से जोड़ा जा सकता है</translation>
    </message>
    <message>
        <source>a ticket can be linked to a quote or an invoice</source>
        <translation>टिकट को कोटेशन या इनवॉइस से जोड़ा जा सकता है</translation>
    </message>
    <message>
        <source>choose one of the shop&apos;s ticket categories</source>
        <translation>दुकान की टिकट श्रेणियों में से एक चुनें</translation>
    </message>
    <message>
        <source>this party does not exist</source>
        <translation>यह पार्टी मौजूद नहीं है</translation>
    </message>
    <message>
        <source>this user does not exist</source>
        <translation>यह उपयोगकर्ता मौजूद नहीं है</translation>
    </message>
    <message>
        <source>this document does not exist</source>
        <translation>यह दस्तावेज़ मौजूद नहीं है</translation>
    </message>
    <message>
        <source>%1 belongs to another party</source>
        <translation>%1 किसी दूसरी पार्टी का है</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>कोई टिकट %1 नहीं है।</translation>
    </message>
    <message>
        <source>tickets can be assigned only to active support agents of the shop</source>
        <translation>टिकट केवल दुकान के सक्रिय सपोर्ट एजेंटों को सौंपे जा सकते हैं</translation>
    </message>
    <message>
        <source>write the message first</source>
        <translation>पहले संदेश लिखें</translation>
    </message>
    <message>
        <source>keep a message within %1 characters</source>
        <translation>संदेश %1 अक्षरों के भीतर रखें</translation>
    </message>
    <message>
        <source>a resolution note is written when the ticket is resolved</source>
        <translation>समाधान नोट टिकट हल होने पर लिखा जाता है</translation>
    </message>
    <message>
        <source>This attachment does not exist.</source>
        <translation>यह अटैचमेंट मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>enter a number of minutes from 1 to %1</source>
        <translation>1 से %1 तक मिनटों की संख्या दर्ज करें</translation>
    </message>
    <message>
        <source>the first response cannot be due after the resolution</source>
        <translation>पहला जवाब समाधान के बाद देय नहीं हो सकता</translation>
    </message>
    <message>
        <source>The SLA rule for %1 priority was changed by %2 at %3. Reload the rules and try again.</source>
        <translation>%1 प्राथमिकता का SLA नियम %2 ने %3 पर बदला था। नियम फिर से लोड करके दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>किसी दूसरे उपयोगकर्ता</translation>
    </message>
    <message>
        <source>a category name is 1 to 60 characters</source>
        <translation>श्रेणी का नाम 1 से 60 अक्षरों का होता है</translation>
    </message>
    <message>
        <source>there is already a category called %1</source>
        <translation>%1 नाम की श्रेणी पहले से है</translation>
    </message>
    <message>
        <source>This category does not exist.</source>
        <translation>यह श्रेणी मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>This category was changed by someone else. Reload the list and try again.</source>
        <translation>यह श्रेणी किसी और ने बदल दी। सूची फिर से लोड करके दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>enter a capacity from 0 to 1000 open tickets</source>
        <translation>0 से 1000 खुले टिकटों की क्षमता दर्ज करें</translation>
    </message>
    <message>
        <source>only active users whose role answers tickets are agents</source>
        <translation>केवल वे सक्रिय उपयोगकर्ता एजेंट हैं जिनकी भूमिका टिकटों का जवाब देती है</translation>
    </message>
</context>
<context>
    <name>bcp::TicketWorkflow</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 या %2</translation>
    </message>
    <message>
        <source>This ticket is closed: a closed ticket is final and cannot be changed.</source>
        <translation>यह टिकट बंद है: बंद टिकट अंतिम होता है और बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>A ticket that is %1 cannot move to %2; it can move only to %3.</source>
        <translation>जो टिकट %1 है वह %2 पर नहीं जा सकता; वह केवल %3 पर जा सकता है।</translation>
    </message>
    <message>
        <source>write a resolution note of at least %1 characters saying how it was resolved</source>
        <translation>कम से कम %1 अक्षरों का समाधान नोट लिखें कि इसे कैसे हल किया गया</translation>
    </message>
</context>
<context>
    <name>bcp::Totp</name>
    <message>
        <source>Enter the %1-digit code from the authenticator app.</source>
        <translation>ऑथेंटिकेटर ऐप से %1-अंकों का कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>Two-factor sign-in is not set up for this account.</source>
        <translation>इस खाते के लिए दो-चरणीय साइन-इन सेट नहीं है।</translation>
    </message>
    <message>
        <source>This code has already been used. Wait for the next code and enter that one.</source>
        <translation>यह कोड पहले ही इस्तेमाल हो चुका है। अगले कोड का इंतज़ार करें और वही दर्ज करें।</translation>
    </message>
    <message>
        <source>The code is not correct. Check that the phone&apos;s clock is set automatically and try again.</source>
        <translation>कोड सही नहीं है। जाँचें कि फ़ोन की घड़ी अपने आप सेट होती है और फिर कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>bcp::Validators</name>
    <message>
        <source>Enter the PAN.</source>
        <translation>PAN दर्ज करें।</translation>
    </message>
    <message>
        <source>A PAN has 10 characters; this one has %1.</source>
        <translation>PAN में 10 अक्षर होते हैं; इसमें %1 हैं।</translation>
    </message>
    <message>
        <source>A PAN is 5 letters, 4 digits and a letter, like ABCDE1234F; character %1 does not fit.</source>
        <translation>PAN में 5 अक्षर, 4 अंक और एक अक्षर होता है, जैसे ABCDE1234F; अक्षर %1 सही नहीं है।</translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation>मोबाइल नंबर दर्ज करें।</translation>
    </message>
    <message>
        <source>Only Indian mobile numbers (+91) are accepted.</source>
        <translation>केवल भारतीय मोबाइल नंबर (+91) स्वीकार किए जाते हैं।</translation>
    </message>
    <message>
        <source>A mobile number has only digits, with an optional +91.</source>
        <translation>मोबाइल नंबर में केवल अंक होते हैं, +91 वैकल्पिक है।</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits; this one has %1.</source>
        <translation>मोबाइल नंबर में 10 अंक होते हैं; इसमें %1 हैं।</translation>
    </message>
    <message>
        <source>Indian mobile numbers start with 6, 7, 8 or 9.</source>
        <translation>भारतीय मोबाइल नंबर 6, 7, 8 या 9 से शुरू होते हैं।</translation>
    </message>
    <message>
        <source>Enter the PIN code.</source>
        <translation>पिन कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>A PIN code has exactly 6 digits.</source>
        <translation>पिन कोड में ठीक 6 अंक होते हैं।</translation>
    </message>
    <message>
        <source>A PIN code does not start with 0.</source>
        <translation>पिन कोड 0 से शुरू नहीं होता।</translation>
    </message>
    <message>
        <source>Enter the e-mail address.</source>
        <translation>ई-मेल पता दर्ज करें।</translation>
    </message>
    <message>
        <source>An e-mail address has no spaces.</source>
        <translation>ई-मेल पते में स्पेस नहीं होता।</translation>
    </message>
    <message>
        <source>An e-mail address has one @, like name@example.in.</source>
        <translation>ई-मेल पते में एक @ होता है, जैसे name@example.in।</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>ई-मेल पता बहुत लंबा है।</translation>
    </message>
    <message>
        <source>The name before @ is missing.</source>
        <translation>@ से पहले का नाम नहीं है।</translation>
    </message>
    <message>
        <source>The name before @ is longer than 64 characters.</source>
        <translation>@ से पहले का नाम 64 अक्षरों से लंबा है।</translation>
    </message>
    <message>
        <source>The name before @ may use only letters, digits and . _ + - and similar signs.</source>
        <translation>@ से पहले के नाम में केवल अक्षर, अंक और . _ + - जैसे चिह्न हो सकते हैं।</translation>
    </message>
    <message>
        <source>The name before @ cannot start or end with a dot or have two dots together.</source>
        <translation>@ से पहले का नाम बिंदु से शुरू या खत्म नहीं हो सकता, न उसमें दो बिंदु साथ हो सकते हैं।</translation>
    </message>
    <message>
        <source>The domain after @ is missing.</source>
        <translation>@ के बाद का डोमेन नहीं है।</translation>
    </message>
    <message>
        <source>The domain after @ needs a dot, like example.in.</source>
        <translation>@ के बाद के डोमेन में एक बिंदु चाहिए, जैसे example.in।</translation>
    </message>
    <message>
        <source>The domain after @ may use only letters, digits, dots and hyphens, like mail.example.in.</source>
        <translation>@ के बाद के डोमेन में केवल अक्षर, अंक, बिंदु और हाइफ़न हो सकते हैं, जैसे mail.example.in।</translation>
    </message>
    <message>
        <source>The domain must end in at least two letters, like .in or .com.</source>
        <translation>डोमेन कम से कम दो अक्षरों पर खत्म होना चाहिए, जैसे .in या .com।</translation>
    </message>
</context>
<context>
    <name>bcp::documents::DocumentExport</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>फ़ोल्डर %1 नहीं बन सका।</translation>
    </message>
</context>
<context>
    <name>bcp::documents::DocumentFonts</name>
    <message>
        <source>Documents can only be drawn by a program with a graphical platform.</source>
        <translation>दस्तावेज़ केवल ग्राफ़िकल प्लेटफ़ॉर्म वाला प्रोग्राम ही बना सकता है।</translation>
    </message>
    <message>
        <source>The document font %1 could not be loaded.</source>
        <translation>दस्तावेज़ फ़ॉन्ट %1 लोड नहीं हो सका।</translation>
    </message>
</context>
<context>
    <name>bcp::documents::DocumentRenderer</name>
    <message>
        <source>The document could not be drawn on this device.</source>
        <translation>इस डिवाइस पर दस्तावेज़ नहीं बन सका।</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>नया पेज शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>दस्तावेज़ पूरा नहीं हो सका।</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Quotation %1</source>
        <translation>कोटेशन %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Credit Note %1</source>
        <translation>क्रेडिट नोट %1</translation>
    </message>
    <message>
        <source>Tax Invoice %1</source>
        <translation>टैक्स इनवॉइस %1</translation>
    </message>
    <message>
        <source>Quotation %1 v%2.pdf</source>
        <translation>Quotation %1 v%2.pdf</translation>
    </message>
</context>
<context>
    <name>bcp::documents::SampleDocuments</name>
    <message>
        <source>Goods once sold will not be taken back.
Interest at 18% a year is charged on payments received after the due date.
Subject to Pune jurisdiction.</source>
        <translation>एक बार बिका माल वापस नहीं लिया जाएगा।
देय तारीख के बाद प्राप्त भुगतान पर 18% सालाना ब्याज लगेगा।
पुणे न्यायक्षेत्र के अधीन।</translation>
    </message>
    <message>
        <source>Rates are for the quantities shown; artwork to be supplied by the buyer.</source>
        <translation>रेट दिखाई गई मात्राओं के लिए हैं; आर्टवर्क ख़रीदार देगा।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::AboutDialog</name>
    <message>
        <source>About BoxCostPro</source>
        <translation>BoxCostPro के बारे में</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>कनेक्ट नहीं है</translation>
    </message>
    <message>
        <source>BoxCostPro %1
Qt %2
SQLite %3
PostgreSQL server: %4</source>
        <translation>BoxCostPro %1
Qt %2
SQLite %3
PostgreSQL सर्वर: %4</translation>
    </message>
    <message>
        <source>&lt;h2&gt;BoxCostPro&lt;/h2&gt;&lt;p&gt;Costing, quotations and GST invoices for corrugated box makers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;BoxCostPro&lt;/h2&gt;&lt;p&gt;कोरुगेटेड बॉक्स निर्माताओं के लिए कॉस्टिंग, कोटेशन और GST इनवॉइस।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bcp::ui::AppFlow</name>
    <message>
        <source>BoxCostPro</source>
        <translation>BoxCostPro</translation>
    </message>
    <message>
        <source>The accounts in the database could not be read:

%1</source>
        <translation>डेटाबेस के खाते पढ़े नहीं जा सके:

%1</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>खाता(&amp;A)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>मेरा पासवर्ड बदलें(&amp;P)…</translation>
    </message>
    <message>
        <source>Set up &amp;two-factor sign-in…</source>
        <translation>दो-चरणीय साइन-इन सेट करें(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>अभी लॉक करें(&amp;L)</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>आपका पासवर्ड बदल दिया गया।</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on for your account.</source>
        <translation>आपके खाते के लिए दो-चरणीय साइन-इन चालू है।</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>साइन इन: %1 (%2)</translation>
    </message>
    <message>
        <source>Platform administration</source>
        <translation>प्लेटफ़ॉर्म प्रशासन</translation>
    </message>
    <message>
        <source>Shop %1</source>
        <translation>दुकान %1</translation>
    </message>
    <message>
        <source>The sample data could not be added:

%1</source>
        <translation>नमूना डेटा नहीं जोड़ा जा सका:

%1</translation>
    </message>
</context>
<context>
    <name>bcp::ui::AuditDetailView</name>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>क्या बदला यह देखने के लिए कोई प्रविष्टि चुनें।</translation>
    </message>
    <message>
        <source>%1 — %2 on %3: %4 %5 (%6)</source>
        <translation>%1 — %2, %3 पर: %4 %5 (%6)</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>कोई साइन इन नहीं था</translation>
    </message>
    <message>
        <source>an unknown workstation</source>
        <translation>अज्ञात वर्कस्टेशन</translation>
    </message>
    <message>
        <source>Entry %1, seq %2 of this shop&apos;s chain, hash %3</source>
        <translation>प्रविष्टि %1, इस दुकान की चेन का seq %2, हैश %3</translation>
    </message>
</context>
<context>
    <name>bcp::ui::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>कर्ता</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>वर्कस्टेशन</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>एंटिटी</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
</context>
<context>
    <name>bcp::ui::AuditPane</name>
    <message>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <source>Every change made in this shop, who made it, where and when. Entries cannot be edited or deleted, and each one seals the one before it.</source>
        <translation>इस दुकान में किया गया हर बदलाव: किसने किया, कहाँ और कब। प्रविष्टियाँ न बदली जा सकती हैं, न हटाई जा सकती हैं, और हर प्रविष्टि अपने से पहले वाली को सील करती है।</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>कोई भी कार्य</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>कुछ भी</translation>
    </message>
    <message>
        <source>Search entity id, before or after</source>
        <translation>एंटिटी id, पहले या बाद का मान खोजें</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>से(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>तक(&amp;T)</translation>
    </message>
    <message>
        <source>Acti&amp;on</source>
        <translation>कार्य(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Entity</source>
        <translation>एंटिटी(&amp;E)</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s seal and report the first one that does not hold</source>
        <translation>हर प्रविष्टि की सील दोबारा गणना करें और पहली गलत प्रविष्टि बताएँ</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV निर्यात करें(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>JSON निर्यात करें(&amp;J)…</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>ऑडिट लॉग खाली है।</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>फ़िल्टर से कोई प्रविष्टि मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>Newest %1 entries shown; older ones load as you scroll</source>
        <translation>नवीनतम %1 प्रविष्टियाँ दिखाई गई हैं; स्क्रॉल करने पर पुरानी लोड होती हैं</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>ऑडिट लॉग निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON फ़ाइलें (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>निर्यात रद्द किया गया; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation>%1 प्रविष्टियाँ %2 में निर्यात की गईं।</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>ऑडिट लॉग निर्यात हो रहा है…</translation>
    </message>
    <message>
        <source>The check was cancelled after %1 entries.</source>
        <translation>%1 प्रविष्टियों के बाद जाँच रद्द की गई।</translation>
    </message>
    <message>
        <source>The audit log has been tampered with at seq %1 (entry %2): %3</source>
        <translation>ऑडिट लॉग में seq %1 (प्रविष्टि %2) पर छेड़छाड़ हुई है: %3</translation>
    </message>
    <message>
        <source>The audit log has been tampered with at seq %1: %2</source>
        <translation>ऑडिट लॉग में seq %1 पर छेड़छाड़ हुई है: %2</translation>
    </message>
    <message>
        <source>The audit chain holds: %1 entries checked.</source>
        <translation>ऑडिट चेन सही है: %1 प्रविष्टियाँ जाँची गईं।</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>ऑडिट चेन जाँची जा रही है…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%2 में से %1 प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>Finds the entries where each word you type starts a word of the entity id, the before or the after values, e.g. &quot;kum&quot; finds Kumar Traders and &quot;0001&quot; finds QT/25-26/0001</source>
        <translation>वे प्रविष्टियाँ ढूँढता है जिनमें आपका लिखा हर शब्द एंटिटी id, पहले या बाद के मानों के किसी शब्द की शुरुआत हो, जैसे &quot;kum&quot; से Kumar Traders और &quot;0001&quot; से QT/25-26/0001 मिलता है</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>फ़िल्टर हटाएँ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation>कर्ता(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;heck chain</source>
        <translation>चेन जाँचें(&amp;H)</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 प्रविष्टि</translation>
    </message>
</context>
<context>
    <name>bcp::ui::BarChart</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>अभी दिखाने को कुछ नहीं है</translation>
    </message>
</context>
<context>
    <name>bcp::ui::BfPriceModel</name>
    <message>
        <source>BF</source>
        <translation>BF</translation>
    </message>
    <message>
        <source>Bursting factor of the paper</source>
        <translation>पेपर का बर्स्टिंग फ़ैक्टर</translation>
    </message>
    <message>
        <source>Base price ₹/kg</source>
        <translation>बेस रेट ₹/kg</translation>
    </message>
    <message>
        <source>Paper price before the GSM rule, shade premium and market adjustment</source>
        <translation>GSM नियम, शेड प्रीमियम और बाज़ार समायोजन से पहले पेपर की कीमत</translation>
    </message>
</context>
<context>
    <name>bcp::ui::BoxCalculatorWidget</name>
    <message>
        <source>Box calculator</source>
        <translation>बॉक्स कैलकुलेटर</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>बॉक्स</translation>
    </message>
    <message>
        <source>0201 – Regular slotted (RSC)</source>
        <translation>0201 – रेगुलर स्लॉटेड (RSC)</translation>
    </message>
    <message>
        <source>0200 – Half slotted (HSC)</source>
        <translation>0200 – हाफ़ स्लॉटेड (HSC)</translation>
    </message>
    <message>
        <source>0203 – Full overlap (FOL)</source>
        <translation>0203 – फ़ुल ओवरलैप (FOL)</translation>
    </message>
    <message>
        <source>0204 – Centre special slotted</source>
        <translation>0204 – सेंटर स्पेशल स्लॉटेड</translation>
    </message>
    <message>
        <source>Flat sheet</source>
        <translation>फ़्लैट शीट</translation>
    </message>
    <message>
        <source>Millimetres (mm)</source>
        <translation>मिलीमीटर (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>इंच (in)</translation>
    </message>
    <message>
        <source>Inside (ID)</source>
        <translation>अंदर से (ID)</translation>
    </message>
    <message>
        <source>Outside (OD)</source>
        <translation>बाहर से (OD)</translation>
    </message>
    <message>
        <source>Outside dimensions are reduced by the board thickness of the ply (masters)</source>
        <translation>बाहरी माप में से प्लाई की बोर्ड मोटाई (मास्टर्स) घटाई जाती है</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>लंबाई(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>चौड़ाई(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>ऊँचाई(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>मात्रा(&amp;Q)</translation>
    </message>
    <message>
        <source>boxes</source>
        <translation>बॉक्स</translation>
    </message>
    <message>
        <source>&amp;Style</source>
        <translation>स्टाइल(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Dimensions in</source>
        <translation>माप की इकाई(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Measured</source>
        <translation>माप(&amp;M)</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>बोर्ड</translation>
    </message>
    <message>
        <source>%1-ply</source>
        <translation>%1-प्लाई</translation>
    </message>
    <message>
        <source>&amp;Ply</source>
        <translation>प्लाई(&amp;P)</translation>
    </message>
    <message>
        <source>Outer liner first. Leave a manual rate blank to use the masters rate.</source>
        <translation>पहले बाहरी लाइनर। मास्टर्स का रेट लेने के लिए मैनुअल रेट खाली छोड़ें।</translation>
    </message>
    <message>
        <source>P&amp;rinting</source>
        <translation>प्रिंटिंग(&amp;R)</translation>
    </message>
    <message>
        <source>Minimum prints charged: a shorter run still pays for this many</source>
        <translation>न्यूनतम प्रिंट का चार्ज: कम प्रिंट होने पर भी इतने का भुगतान होगा</translation>
    </message>
    <message>
        <source>Flexo</source>
        <translation>फ़्लेक्सो</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>ऑफ़सेट</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>स्क्रीन</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>डिजिटल</translation>
    </message>
    <message>
        <source>Cost per print</source>
        <translation>प्रति प्रिंट लागत</translation>
    </message>
    <message>
        <source>Plate cost</source>
        <translation>प्लेट लागत</translation>
    </message>
    <message>
        <source>MOQ</source>
        <translation>MOQ</translation>
    </message>
    <message>
        <source>prints</source>
        <translation>प्रिंट</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>रंग</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Lami&amp;nation</source>
        <translation>लेमिनेशन(&amp;N)</translation>
    </message>
    <message>
        <source>Leave blank to laminate the whole sheet length</source>
        <translation>पूरी शीट की लंबाई पर लेमिनेशन के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <source>Leave blank to laminate the whole sheet width</source>
        <translation>पूरी शीट की चौड़ाई पर लेमिनेशन के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>रेट</translation>
    </message>
    <message>
        <source>₹/100 sq in</source>
        <translation>₹/100 वर्ग इंच</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>लंबाई</translation>
    </message>
    <message>
        <source>in</source>
        <translation>इंच</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>चौड़ाई</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>अन्य लागत</translation>
    </message>
    <message>
        <source>The die for the whole order; it is spread over the quantity</source>
        <translation>पूरे ऑर्डर की डाई; इसे मात्रा पर बाँटा जाता है</translation>
    </message>
    <message>
        <source>Varnish</source>
        <translation>वार्निश</translation>
    </message>
    <message>
        <source>₹/box</source>
        <translation>₹/बॉक्स</translation>
    </message>
    <message>
        <source>Die (order)</source>
        <translation>डाई (ऑर्डर)</translation>
    </message>
    <message>
        <source>Punching</source>
        <translation>पंचिंग</translation>
    </message>
    <message>
        <source>Allowances and business rates (blank = masters value, shown in grey)</source>
        <translation>अलाउंस और व्यापार दरें (खाली = मास्टर्स का मान, ग्रे में दिखाया गया)</translation>
    </message>
    <message>
        <source>A longer sheet is made in two pieces with an extra joint flap; 0 = no limit</source>
        <translation>इससे लंबी शीट दो टुकड़ों में अतिरिक्त जॉइंट फ़्लैप के साथ बनती है; 0 = कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>Glue flap</source>
        <translation>ग्लू फ़्लैप</translation>
    </message>
    <message>
        <source>Deckle allowance</source>
        <translation>डेकल अलाउंस</translation>
    </message>
    <message>
        <source>Max sheet length</source>
        <translation>अधिकतम शीट लंबाई</translation>
    </message>
    <message>
        <source>Sheet allowance</source>
        <translation>शीट अलाउंस</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>कन्वर्ज़न</translation>
    </message>
    <message>
        <source>₹/kg</source>
        <translation>₹/kg</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>मार्कअप</translation>
    </message>
    <message>
        <source>RATE PER BOX</source>
        <translation>प्रति बॉक्स रेट</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>ऑर्डर मूल्य</translation>
    </message>
    <message>
        <source>Sheet and board</source>
        <translation>शीट और बोर्ड</translation>
    </message>
    <message>
        <source>Sheet size</source>
        <translation>शीट का आकार</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>बनावट</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <source>Cost per box</source>
        <translation>प्रति बॉक्स लागत</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>पेपर</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>प्रिंटिंग</translation>
    </message>
    <message>
        <source>Lamination</source>
        <translation>लेमिनेशन</translation>
    </message>
    <message>
        <source>Die</source>
        <translation>डाई</translation>
    </message>
    <message>
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <source>BF</source>
        <translation>BF</translation>
    </message>
    <message>
        <source>RCT</source>
        <translation>RCT</translation>
    </message>
    <message>
        <source>manual rate</source>
        <translation>मैनुअल रेट</translation>
    </message>
    <message>
        <source>shade</source>
        <translation>शेड</translation>
    </message>
    <message>
        <source>Layer %1 %2</source>
        <translation>लेयर %1 %2</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>स्टाइल</translation>
    </message>
    <message>
        <source>Dimensions in</source>
        <translation>माप की इकाई</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>माप</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>ऊँचाई</translation>
    </message>
    <message>
        <source>Ply</source>
        <translation>प्लाई</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>लेयर</translation>
    </message>
    <message>
        <source>Flute</source>
        <translation>फ्लूट</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Printing cost per print</source>
        <translation>प्रति प्रिंट प्रिंटिंग लागत</translation>
    </message>
    <message>
        <source>Printing MOQ</source>
        <translation>प्रिंटिंग MOQ</translation>
    </message>
    <message>
        <source>Printing colours</source>
        <translation>प्रिंटिंग रंग</translation>
    </message>
    <message>
        <source>Lamination rate</source>
        <translation>लेमिनेशन रेट</translation>
    </message>
    <message>
        <source>Lamination length</source>
        <translation>लेमिनेशन लंबाई</translation>
    </message>
    <message>
        <source>Lamination width</source>
        <translation>लेमिनेशन चौड़ाई</translation>
    </message>
    <message>
        <source>Die cost</source>
        <translation>डाई लागत</translation>
    </message>
    <message>
        <source>Fill in “%1” to see the price.</source>
        <translation>कीमत देखने के लिए “%1” भरें।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Order value · %1 boxes</source>
        <translation>ऑर्डर मूल्य · %1 बॉक्स</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>%1 × %2 in</source>
        <translation>%1 × %2 इंच</translation>
    </message>
    <message>
        <source>Two-piece (extra joint flap)</source>
        <translation>दो टुकड़े (अतिरिक्त जॉइंट फ़्लैप)</translation>
    </message>
    <message>
        <source>One piece</source>
        <translation>एक टुकड़ा</translation>
    </message>
    <message>
        <source>%1 kg (%2 g)</source>
        <translation>%1 kg (%2 g)</translation>
    </message>
    <message>
        <source>%1 kg/cm²</source>
        <translation>%1 kg/cm²</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 kN/m</source>
        <translation>%1 kN/m</translation>
    </message>
    <message>
        <source>%1 kgf (%2 N)</source>
        <translation>%1 kgf (%2 N)</translation>
    </message>
    <message>
        <source>Markup (%1 %)</source>
        <translation>मार्कअप (%1 %)</translation>
    </message>
    <message>
        <source>Conversion (₹%1/kg)</source>
        <translation>कन्वर्ज़न (₹%1/kg)</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>शीट</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>Cutting length × deckle (reel) width of the blank</source>
        <translation>ब्लैंक की कटिंग लंबाई × डेकल (रील) चौड़ाई</translation>
    </message>
    <message>
        <source>Two-piece when the sheet is longer than the one-piece maximum</source>
        <translation>दो टुकड़े, जब शीट एक-टुकड़े की अधिकतम लंबाई से लंबी हो</translation>
    </message>
    <message>
        <source>Board weight of one box</source>
        <translation>एक बॉक्स का बोर्ड वज़न</translation>
    </message>
    <message>
        <source>Burst (BS)</source>
        <translation>बर्स्ट (BS)</translation>
    </message>
    <message>
        <source>Bursting strength of the board</source>
        <translation>बोर्ड की बर्स्टिंग स्ट्रेंथ</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>मोटाई</translation>
    </message>
    <message>
        <source>Board thickness: the sum of the flute heights</source>
        <translation>बोर्ड की मोटाई: फ्लूट ऊँचाइयों का योग</translation>
    </message>
    <message>
        <source>ECT</source>
        <translation>ECT</translation>
    </message>
    <message>
        <source>Edge crush test of the board</source>
        <translation>बोर्ड का एज क्रश टेस्ट</translation>
    </message>
    <message>
        <source>BCT</source>
        <translation>BCT</translation>
    </message>
    <message>
        <source>Box compression strength (McKee), from the ECT, the board thickness and the perimeter</source>
        <translation>बॉक्स कम्प्रेशन स्ट्रेंथ (McKee), ECT, बोर्ड की मोटाई और परिधि से</translation>
    </message>
    <message>
        <source>Before rounding: %1</source>
        <translation>राउंड करने से पहले: %1</translation>
    </message>
    <message>
        <source>needs RCT</source>
        <translation>RCT चाहिए</translation>
    </message>
</context>
<context>
    <name>bcp::ui::BulkCouponDialog</name>
    <message>
        <source>Generate coupon codes</source>
        <translation>कूपन कोड बनाएँ</translation>
    </message>
    <message>
        <source>2 to 12 letters or digits, e.g. EXPO26</source>
        <translation>2 से 12 अक्षर या अंक, जैसे EXPO26</translation>
    </message>
    <message>
        <source>Codes look like %1-%2</source>
        <translation>कोड %1-%2 जैसे दिखते हैं</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>&amp;Prefix</source>
        <translation>प्रीफ़िक्स(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Number of codes</source>
        <translation>कोड की संख्या(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>बनाएँ(&amp;G)</translation>
    </message>
    <message>
        <source>Every code gets:</source>
        <translation>हर कोड को मिलेगा:</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>प्रीफ़िक्स</translation>
    </message>
    <message>
        <source>Number of codes</source>
        <translation>कोड की संख्या</translation>
    </message>
</context>
<context>
    <name>bcp::ui::CancelInvoiceDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation>%1 रद्द करें</translation>
    </message>
    <message>
        <source>Cancel tax invoice %1 to %2 for %3?

The invoice keeps its number and stays on record marked CANCELLED; it cannot be undone. If only part of it is wrong, issue a credit note instead.</source>
        <translation>%2 को %3 के लिए टैक्स इनवॉइस %1 रद्द करें?

इनवॉइस का नंबर बना रहता है और वह रिकॉर्ड में रद्द के रूप में दर्ज रहता है; इसे पलटा नहीं जा सकता। अगर केवल कुछ हिस्सा ग़लत है, तो इसके बजाय क्रेडिट नोट जारी करें।</translation>
    </message>
    <message>
        <source>&amp;Reason (printed on the cancelled invoice and kept in the audit log)</source>
        <translation>कारण (रद्द इनवॉइस पर छपेगा और ऑडिट लॉग में रहेगा)(&amp;R)</translation>
    </message>
    <message>
        <source>For example: wrong party billed; reissued as a new invoice</source>
        <translation>उदाहरण: ग़लत पार्टी को बिल किया; नए इनवॉइस के रूप में दोबारा जारी किया</translation>
    </message>
    <message>
        <source>Cancel &amp;invoice</source>
        <translation>इनवॉइस रद्द करें(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Keep invoice</source>
        <translation>इनवॉइस रखें(&amp;K)</translation>
    </message>
    <message>
        <source>Reason: write why the invoice is cancelled (at least %1 characters)</source>
        <translation>कारण: लिखें कि इनवॉइस क्यों रद्द किया गया (कम से कम %1 अक्षर)</translation>
    </message>
</context>
<context>
    <name>bcp::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password – BoxCostPro</source>
        <translation>पासवर्ड बदलें – BoxCostPro</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a new password&lt;/b&gt;&lt;br&gt;Your password was set by an administrator and is for one sign-in only. Choose your own password to continue.</source>
        <translation>&lt;b&gt;नया पासवर्ड चुनें&lt;/b&gt;&lt;br&gt;आपका पासवर्ड एडमिन ने सेट किया था और केवल एक बार साइन इन के लिए है। आगे बढ़ने के लिए अपना पासवर्ड चुनें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change your password&lt;/b&gt;&lt;br&gt;Signed in as %1.</source>
        <translation>&lt;b&gt;अपना पासवर्ड बदलें&lt;/b&gt;&lt;br&gt;%1 के रूप में साइन इन।</translation>
    </message>
    <message>
        <source>&amp;One-time password:</source>
        <translation>एक-बार का पासवर्ड(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>वर्तमान पासवर्ड(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>नया पासवर्ड(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>नया पासवर्ड दोबारा(&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>पासवर्ड बदलें(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>bcp::ui::ChangePlanDialog</name>
    <message>
        <source>Change plan: %1</source>
        <translation>प्लान बदलें: %1</translation>
    </message>
    <message>
        <source>%1 is on %2 at %3 a month.</source>
        <translation>%1, %2 पर %3 प्रति माह है।</translation>
    </message>
    <message>
        <source>%1 – %2 a month</source>
        <translation>%1 – %2 प्रति माह</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>नया प्लान(&amp;N)</translation>
    </message>
    <message>
        <source>What it costs today</source>
        <translation>आज इसकी लागत</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Proration</source>
        <translation>प्रोरेशन</translation>
    </message>
    <message>
        <source>(new price − old price) × remaining days ÷ days in the period</source>
        <translation>(नई कीमत − पुरानी कीमत) × बचे दिन ÷ अवधि के दिन</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>पुष्टि करें(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (%2) → %3 (%4)</source>
        <translation>%1 (%2) → %3 (%4)</translation>
    </message>
    <message>
        <source>%1 to %2: %3 of %4 days left</source>
        <translation>%1 से %2: %4 में से %3 दिन बचे</translation>
    </message>
    <message>
        <source>Charged now: %1 plus GST, on a subscription invoice.</source>
        <translation>अभी लिया जाएगा: %1 और GST, सब्सक्रिप्शन इनवॉइस पर।</translation>
    </message>
    <message>
        <source>Nothing to charge now: the shop&apos;s credit covers it.</source>
        <translation>अभी कुछ नहीं लिया जाएगा: दुकान का क्रेडिट इसे पूरा करता है।</translation>
    </message>
    <message>
        <source>&amp;Upgrade to %1</source>
        <translation>%1 में अपग्रेड करें(&amp;U)</translation>
    </message>
    <message>
        <source>Credit for the next invoice: %1.</source>
        <translation>अगले इनवॉइस के लिए क्रेडिट: %1।</translation>
    </message>
    <message>
        <source>&amp;Downgrade to %1</source>
        <translation>%1 में डाउनग्रेड करें(&amp;D)</translation>
    </message>
</context>
<context>
    <name>bcp::ui::CompanyProfileDialog</name>
    <message>
        <source>Company profile</source>
        <translation>कंपनी प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>कानूनी नाम</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>पता लाइन 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>लोगो</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>खाता नंबर</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>शाखा</translation>
    </message>
    <message>
        <source>UPI ID</source>
        <translation>UPI ID</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>हस्ताक्षरकर्ता</translation>
    </message>
    <message>
        <source>Quote numbers</source>
        <translation>कोटेशन नंबर</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>इनवॉइस नंबर</translation>
    </message>
    <message>
        <source>Credit note numbers</source>
        <translation>क्रेडिट नोट नंबर</translation>
    </message>
    <message>
        <source>Default terms</source>
        <translation>डिफ़ॉल्ट शर्तें</translation>
    </message>
    <message>
        <source>What every quote and tax invoice prints: letterhead, tax identity, bank and UPI details, numbering and terms.</source>
        <translation>हर कोटेशन और टैक्स इनवॉइस पर क्या छपता है: लेटरहेड, टैक्स पहचान, बैंक और UPI विवरण, नंबरिंग और शर्तें।</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Building, street</source>
        <translation>भवन, गली</translation>
    </message>
    <message>
        <source>Area, landmark</source>
        <translation>क्षेत्र, लैंडमार्क</translation>
    </message>
    <message>
        <source>Choose the state</source>
        <translation>राज्य चुनें</translation>
    </message>
    <message>
        <source>accounts@example.in</source>
        <translation>accounts@example.in</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Printed on quotes and invoices unless a document has its own terms</source>
        <translation>कोटेशन और इनवॉइस पर छपती हैं, जब तक दस्तावेज़ की अपनी शर्तें न हों</translation>
    </message>
    <message>
        <source>Tax identity</source>
        <translation>टैक्स पहचान</translation>
    </message>
    <message>
        <source>15 characters, such as 27AAPFU0939F1ZV</source>
        <translation>15 अक्षर, जैसे 27AAPFU0939F1ZV</translation>
    </message>
    <message>
        <source>From the GSTIN; else 10 characters</source>
        <translation>GSTIN से; नहीं तो 10 अक्षर</translation>
    </message>
    <message>
        <source>Bank, UPI and signature</source>
        <translation>बैंक, UPI और हस्ताक्षर</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>नंबरिंग</translation>
    </message>
    <message>
        <source>Last saved %1 by %2</source>
        <translation>आख़िरी बार %1 को %2 ने सहेजा</translation>
    </message>
    <message>
        <source>Not saved yet: the shop&apos;s name and state come from its setup.</source>
        <translation>अभी सहेजा नहीं गया: दुकान का नाम और राज्य उसके सेटअप से आते हैं।</translation>
    </message>
    <message>
        <source>This shop has issued a final tax invoice, so its legal name, GSTIN, PAN and state are locked: invoices already issued carry them. Only the owner can change them, and each change is recorded in the audit log.</source>
        <translation>इस दुकान ने फ़ाइनल टैक्स इनवॉइस जारी किया है, इसलिए इसका कानूनी नाम, GSTIN, PAN और राज्य लॉक हैं: जारी हो चुके इनवॉइस पर यही विवरण हैं। केवल मालिक इन्हें बदल सकता है, और हर बदलाव ऑडिट लॉग में दर्ज होता है।</translation>
    </message>
    <message>
        <source>This shop has issued a final tax invoice. As the owner you may still correct the legal name, GSTIN, PAN and state; the change is recorded in the audit log and invoices already issued keep the details they were issued with.</source>
        <translation>इस दुकान ने फ़ाइनल टैक्स इनवॉइस जारी किया है। मालिक के रूप में आप अब भी कानूनी नाम, GSTIN, PAN और राज्य सुधार सकते हैं; बदलाव ऑडिट लॉग में दर्ज होता है और पहले जारी इनवॉइस पर वही विवरण रहते हैं जिनके साथ वे जारी हुए थे।</translation>
    </message>
    <message>
        <source>Leave empty if the shop is not registered for GST.</source>
        <translation>यदि दुकान GST में पंजीकृत नहीं है तो खाली छोड़ें।</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%2 में से %1 अक्षर</translation>
    </message>
    <message>
        <source>Valid: %1, PAN %2</source>
        <translation>मान्य: %1, PAN %2</translation>
    </message>
    <message>
        <source>Save the changes to the company profile?</source>
        <translation>कंपनी प्रोफ़ाइल में बदलाव सहेजें?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation>कंपनी प्रोफ़ाइल सहेजी गई।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::CouponAnalyticsView</name>
    <message>
        <source>Redemptions</source>
        <translation>रिडेम्पशन</translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation>दी गई छूट</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>दिखाएँ(&amp;S)</translation>
    </message>
    <message>
        <source>No redemptions yet</source>
        <translation>अभी कोई रिडेम्पशन नहीं</translation>
    </message>
    <message>
        <source>Choose a coupon to see how it was used.</source>
        <translation>कूपन कैसे इस्तेमाल हुआ, यह देखने के लिए कोई कूपन चुनें।</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>विश्लेषण</translation>
    </message>
    <message>
        <source>All coupons</source>
        <translation>सभी कूपन</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>कूपन %1</translation>
    </message>
    <message>
        <source>1 redemption</source>
        <translation>1 रिडेम्पशन</translation>
    </message>
    <message>
        <source>%1 redemptions</source>
        <translation>%1 रिडेम्पशन</translation>
    </message>
    <message>
        <source>%1, %2 discount given</source>
        <translation>%1, %2 छूट दी गई</translation>
    </message>
    <message>
        <source>Discount given by month</source>
        <translation>महीने के अनुसार दी गई छूट</translation>
    </message>
    <message>
        <source>Redemptions by month</source>
        <translation>महीने के अनुसार रिडेम्पशन</translation>
    </message>
    <message>
        <source>Discount given by plan</source>
        <translation>प्लान के अनुसार दी गई छूट</translation>
    </message>
    <message>
        <source>Redemptions by plan</source>
        <translation>प्लान के अनुसार रिडेम्पशन</translation>
    </message>
</context>
<context>
    <name>bcp::ui::CouponDialog</name>
    <message>
        <source>New coupon</source>
        <translation>नया कूपन</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>कूपन %1</translation>
    </message>
    <message>
        <source>&amp;Create coupon</source>
        <translation>कूपन बनाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
</context>
<context>
    <name>bcp::ui::CouponForm</name>
    <message>
        <source>e.g. DIWALI25</source>
        <translation>जैसे DIWALI25</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>कोड(&amp;C)</translation>
    </message>
    <message>
        <source>What the offer is for (shown to the vendor&apos;s staff only)</source>
        <translation>ऑफ़र किसलिए है (केवल वेंडर के स्टाफ़ को दिखता है)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>विवरण(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Percent off</source>
        <translation>प्रतिशत छूट(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fixed amount off</source>
        <translation>तय राशि की छूट(&amp;F)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>₹ amount</source>
        <translation>₹ राशि</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>प्रतिशत छूट</translation>
    </message>
    <message>
        <source>Fixed amount off</source>
        <translation>तय राशि की छूट</translation>
    </message>
    <message>
        <source>Valid &amp;from (UTC)</source>
        <translation>से मान्य (UTC)(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;No end</source>
        <translation>कोई अंत नहीं(&amp;N)</translation>
    </message>
    <message>
        <source>Valid &amp;until (UTC)</source>
        <translation>तक मान्य (UTC)(&amp;U)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>Max &amp;uses in total</source>
        <translation>कुल अधिकतम उपयोग(&amp;U)</translation>
    </message>
    <message>
        <source>Max uses per &amp;shop</source>
        <translation>प्रति दुकान अधिकतम उपयोग(&amp;S)</translation>
    </message>
    <message>
        <source>none ticked: every plan</source>
        <translation>कोई टिक नहीं: हर प्लान</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Minimum &amp;amount (₹)</source>
        <translation>न्यूनतम राशि (₹)(&amp;A)</translation>
    </message>
    <message>
        <source>Acti&amp;ve: shops may use it</source>
        <translation>सक्रिय: दुकानें इसे इस्तेमाल कर सकती हैं(&amp;V)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
</context>
<context>
    <name>bcp::ui::CouponListModel</name>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>मान्य</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>उपयोग</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>न्यूनतम</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>दी गई</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
</context>
<context>
    <name>bcp::ui::CouponsPane</name>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>कूपन</translation>
    </message>
    <message>
        <source>Discount codes shops apply to their subscription, and how they were used.</source>
        <translation>दुकानें अपने सब्सक्रिप्शन पर जो डिस्काउंट कोड लगाती हैं, और वे कैसे इस्तेमाल हुए।</translation>
    </message>
    <message>
        <source>&amp;New coupon…</source>
        <translation>नया कूपन(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Generate codes…</source>
        <translation>कोड बनाएँ(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>निष्क्रिय करें(&amp;D)…</translation>
    </message>
    <message>
        <source>Deactivate every selected coupon</source>
        <translation>हर चुना हुआ कूपन निष्क्रिय करें</translation>
    </message>
    <message>
        <source>Search code or description</source>
        <translation>कोड या विवरण खोजें</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>सक्रिय और निष्क्रिय</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Analytics of &amp;all coupons</source>
        <translation>सभी कूपन का विश्लेषण(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>स्थिति(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>बैच(&amp;B)</translation>
    </message>
    <message>
        <source>%1 coupons</source>
        <translation>%1 कूपन</translation>
    </message>
    <message>
        <source>first %1 coupons, more as you scroll</source>
        <translation>पहले %1 कूपन, स्क्रॉल करने पर और</translation>
    </message>
    <message>
        <source>Choose one coupon to see how it was used.</source>
        <translation>कूपन कैसे इस्तेमाल हुआ यह देखने के लिए एक कूपन चुनें।</translation>
    </message>
    <message>
        <source>Coupon %1 created.</source>
        <translation>कूपन %1 बनाया गया।</translation>
    </message>
    <message>
        <source>Coupon %1 saved.</source>
        <translation>कूपन %1 सहेजा गया।</translation>
    </message>
    <message>
        <source>%1 codes generated with the prefix %2 (%3 … %4).</source>
        <translation>प्रीफ़िक्स %2 के साथ %1 कोड बनाए गए (%3 … %4)।</translation>
    </message>
    <message>
        <source>Deactivate coupons</source>
        <translation>कूपन निष्क्रिय करें</translation>
    </message>
    <message>
        <source>Deactivate coupon %1?</source>
        <translation>कूपन %1 निष्क्रिय करें?</translation>
    </message>
    <message>
        <source>Deactivate %1 coupons?</source>
        <translation>%1 कूपन निष्क्रिय करें?</translation>
    </message>
    <message>
        <source>Shops can no longer apply them. Redemptions already made stay on their invoices.</source>
        <translation>दुकानें इन्हें अब इस्तेमाल नहीं कर सकेंगी। पहले हो चुके रिडेम्पशन अपने इनवॉइस पर बने रहेंगे।</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>निष्क्रिय करें</translation>
    </message>
    <message>
        <source>1 coupon deactivated.</source>
        <translation>1 कूपन निष्क्रिय किया गया।</translation>
    </message>
    <message>
        <source>%1 coupons deactivated.</source>
        <translation>%1 कूपन निष्क्रिय किए गए।</translation>
    </message>
    <message>
        <source>Choose a coupon to see how it was used, or tick “Analytics of all coupons”.</source>
        <translation>कूपन कैसे इस्तेमाल हुआ यह देखने के लिए कोई कूपन चुनें, या “सभी कूपन का विश्लेषण” पर टिक करें।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::CreditNoteDialog</name>
    <message>
        <source>Credit note against %1</source>
        <translation>%1 के विरुद्ध क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Units returned or reduced on each line of %1, at the invoiced rates. The credit note is numbered and final as soon as it is issued.</source>
        <translation>%1 की हर लाइन पर लौटाई या घटाई गई इकाइयाँ, इनवॉइस के रेट पर। क्रेडिट नोट जारी होते ही उसे नंबर मिलता है और वह फ़ाइनल हो जाता है।</translation>
    </message>
    <message>
        <source> of %1 %2</source>
        <translation> %1 %2 में से</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>For example: 200 boxes returned damaged</source>
        <translation>उदाहरण: 200 बॉक्स ख़राब होकर लौटे</translation>
    </message>
    <message>
        <source>&amp;Freight credited (₹)</source>
        <translation>क्रेडिट किया गया भाड़ा (₹)(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>तारीख(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>कारण(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Issue credit note</source>
        <translation>क्रेडिट नोट जारी करें(&amp;I)</translation>
    </message>
    <message>
        <source>Taxable value credited: %1, plus GST at the invoice&apos;s rate.</source>
        <translation>क्रेडिट किया गया कर योग्य मूल्य: %1, और इनवॉइस की दर से GST।</translation>
    </message>
    <message>
        <source>Freight credited: %1</source>
        <translation>क्रेडिट किया गया भाड़ा: %1</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>मात्राएँ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Freight credited</source>
        <translation>क्रेडिट किया गया भाड़ा</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bcp::ui::DocumentOutput</name>
    <message>
        <source>Print %1</source>
        <translation>%1 प्रिंट करें</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट</translation>
    </message>
    <message>
        <source>%1 could not be printed.
%2</source>
        <translation>%1 प्रिंट नहीं हो सका।
%2</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>%1 को PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>The PDF could not be saved.
%1</source>
        <translation>PDF सहेजी नहीं जा सकी।
%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजी गई।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::FeatureAccessModel</name>
    <message>
        <source>✓ Yes</source>
        <translation>✓ हाँ</translation>
    </message>
    <message>
        <source>✗ No</source>
        <translation>✗ नहीं</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>for you</source>
        <translation>आपके लिए</translation>
    </message>
    <message>
        <source>for the shop</source>
        <translation>दुकान के लिए</translation>
    </message>
    <message>
        <source>* Granted %1 until %2 (not from the %3 plan)</source>
        <translation>* %1 को %2 तक दिया गया (%3 प्लान से नहीं)</translation>
    </message>
    <message>
        <source>In the %1 plan</source>
        <translation>%1 प्लान में</translation>
    </message>
    <message>
        <source>Not in the %1 plan</source>
        <translation>%1 प्लान में नहीं</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>फ़ीचर</translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation>आपके प्लान में</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>सीमा</translation>
    </message>
</context>
<context>
    <name>bcp::ui::FilterWidgets</name>
    <message>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
</context>
<context>
    <name>bcp::ui::FirstRunDialog</name>
    <message>
        <source>&amp;This computer</source>
        <translation>यह कंप्यूटर(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Shared server (PostgreSQL)</source>
        <translation>साझा सर्वर (PostgreSQL)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>बदलें(&amp;C)…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>कनेक्शन जाँचें(&amp;C)</translation>
    </message>
    <message>
        <source>Welcome to BoxCostPro</source>
        <translation>BoxCostPro में आपका स्वागत है</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where should BoxCostPro keep your shop&apos;s data?&lt;/b&gt;&lt;br&gt;Choose &lt;i&gt;This computer&lt;/i&gt; when one PC does the work; it works offline. Choose &lt;i&gt;Shared server&lt;/i&gt; when several PCs work on the same quotes and invoices.</source>
        <translation>&lt;b&gt;BoxCostPro आपकी दुकान का डेटा कहाँ रखे?&lt;/b&gt;&lt;br&gt;जब एक ही PC पर काम होता है तो &lt;i&gt;यह कंप्यूटर&lt;/i&gt; चुनें; यह ऑफ़लाइन चलता है। जब कई PC एक ही कोटेशन और इनवॉइस पर काम करते हैं तो &lt;i&gt;साझा सर्वर&lt;/i&gt; चुनें।</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>होस्ट(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>पोर्ट(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>डेटाबेस(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>उपयोगकर्ता(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>पासवर्ड(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>आगे बढ़ें(&amp;C)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>डेटाबेस फ़ाइल</translation>
    </message>
    <message>
        <source>BoxCostPro database (*.db)</source>
        <translation>BoxCostPro डेटाबेस (*.db)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>सर्वर का होस्ट नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>डेटाबेस का नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>उपयोगकर्ता नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>कनेक्ट हुआ: %1</translation>
    </message>
    <message>
        <source>Choose a file for the database.</source>
        <translation>डेटाबेस के लिए फ़ाइल चुनें।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::FluteModel</name>
    <message>
        <source>Flute</source>
        <translation>फ्लूट</translation>
    </message>
    <message>
        <source>Take-up factor</source>
        <translation>टेक-अप फ़ैक्टर</translation>
    </message>
    <message>
        <source>Length of fluting paper per length of board (1.0 to 2.0)</source>
        <translation>बोर्ड की प्रति लंबाई पर फ्लूटिंग पेपर की लंबाई (1.0 से 2.0)</translation>
    </message>
    <message>
        <source>Height mm</source>
        <translation>ऊँचाई mm</translation>
    </message>
    <message>
        <source>Flute height; the board thickness is the sum of its flutes</source>
        <translation>फ्लूट की ऊँचाई; बोर्ड की मोटाई उसके फ्लूटों का योग है</translation>
    </message>
</context>
<context>
    <name>bcp::ui::IdleLock</name>
    <message>
        <source>Locked</source>
        <translation>लॉक है</translation>
    </message>
    <message>
        <source>No activity: BoxCostPro locks in a minute. Move the mouse or press a key to stay signed in.</source>
        <translation>कोई गतिविधि नहीं: BoxCostPro एक मिनट में लॉक हो जाएगा। साइन इन रहने के लिए माउस हिलाएँ या कोई कुंजी दबाएँ।</translation>
    </message>
    <message>
        <source>No activity: BoxCostPro locks in %1 minutes. Move the mouse or press a key to stay signed in.</source>
        <translation>कोई गतिविधि नहीं: BoxCostPro %1 मिनट में लॉक हो जाएगा। साइन इन रहने के लिए माउस हिलाएँ या कोई कुंजी दबाएँ।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::InvoiceEditor</name>
    <message>
        <source>Not stated</source>
        <translation>उल्लेख नहीं</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>नया इनवॉइस</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>प्रीव्यू(&amp;V)</translation>
    </message>
    <message>
        <source>Print preview, with the layout and optional sections</source>
        <translation>प्रिंट प्रीव्यू, लेआउट और वैकल्पिक सेक्शन के साथ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें(&amp;P)…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>प्रिंट (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF के रूप में सहेजें(&amp;D)…</translation>
    </message>
    <message>
        <source>Round &amp;off to the rupee</source>
        <translation>रुपये में राउंड ऑफ़ करें(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;verse charge</source>
        <translation>रिवर्स चार्ज(&amp;V)</translation>
    </message>
    <message>
        <source>P&amp;arty</source>
        <translation>पार्टी(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>तारीख(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>देय(&amp;U)</translation>
    </message>
    <message>
        <source>P&amp;O no.</source>
        <translation>PO नं.(&amp;O)</translation>
    </message>
    <message>
        <source>PO da&amp;te</source>
        <translation>PO तारीख(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;GST rate</source>
        <translation>GST दर(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>लाइन जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>लाइन हटाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>Double-click a cell or start typing to change it; hover an item for its size and paper.</source>
        <translation>बदलने के लिए सेल पर डबल-क्लिक करें या टाइप करना शुरू करें; साइज़ और पेपर देखने के लिए आइटम पर माउस रखें।</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>लाइनें(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Ship to an address other than the billing address</source>
        <translation>बिलिंग पते से अलग पते पर माल भेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation>लाइन 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Choose the state</source>
        <translation>राज्य चुनें</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>S&amp;hip to</source>
        <translation>माल भेजने का पता(&amp;H)</translation>
    </message>
    <message>
        <source>Empty: the company&apos;s default terms are printed</source>
        <translation>खाली: कंपनी की डिफ़ॉल्ट शर्तें छपेंगी</translation>
    </message>
    <message>
        <source>For the shop only; not printed</source>
        <translation>केवल दुकान के लिए; छपता नहीं</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>शर्तें</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>&amp;Terms and notes</source>
        <translation>शर्तें और नोट(&amp;T)</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>भुगतान(&amp;Y)</translation>
    </message>
    <message>
        <source>New co&amp;mplaint…</source>
        <translation>नई शिकायत(&amp;M)…</translation>
    </message>
    <message>
        <source>Raise a support ticket about this invoice</source>
        <translation>इस इनवॉइस के बारे में सपोर्ट टिकट बनाएँ</translation>
    </message>
    <message>
        <source>Ca&amp;ncel invoice…</source>
        <translation>इनवॉइस रद्द करें(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation>क्रेडिट नोट(&amp;C)…</translation>
    </message>
    <message>
        <source>Record pa&amp;yment…</source>
        <translation>भुगतान दर्ज करें(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>ड्राफ़्ट सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>ड्राफ़्ट सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation>फ़ाइनल करें(&amp;F)…</translation>
    </message>
    <message>
        <source>Give the invoice its number; it cannot be edited afterwards</source>
        <translation>इनवॉइस को उसका नंबर दें; इसके बाद इसे संपादित नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Choose the party: the place of supply decides between CGST/SGST and IGST.</source>
        <translation>पार्टी चुनें: आपूर्ति के स्थान से CGST/SGST या IGST तय होता है।</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>क्रेडिट नोट %1</translation>
    </message>
    <message>
        <source>Tax invoice %1</source>
        <translation>टैक्स इनवॉइस %1</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>ड्राफ़्ट इनवॉइस</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>अभी सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>from quote %1 v%2</source>
        <translation>कोटेशन %1 v%2 से</translation>
    </message>
    <message>
        <source>against %1</source>
        <translation>%1 के विरुद्ध</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>रद्द: %1</translation>
    </message>
    <message>
        <source>Place of supply: not known (intra-state)</source>
        <translation>आपूर्ति का स्थान: पता नहीं (राज्य के भीतर)</translation>
    </message>
    <message>
        <source>Place of supply: %1 (%2)</source>
        <translation>आपूर्ति का स्थान: %1 (%2)</translation>
    </message>
    <message>
        <source>%1%2 – BoxCostPro</source>
        <translation>%1%2 – BoxCostPro</translation>
    </message>
    <message>
        <source>Cancel the invoice, keeping its number</source>
        <translation>इनवॉइस रद्द करें, उसका नंबर बना रहेगा</translation>
    </message>
    <message>
        <source>An invoice with payments or credit notes cannot be cancelled; issue a credit note instead</source>
        <translation>भुगतान या क्रेडिट नोट वाला इनवॉइस रद्द नहीं हो सकता; इसके बजाय क्रेडिट नोट जारी करें</translation>
    </message>
    <message>
        <source>Pa&amp;yments (%1)</source>
        <translation>भुगतान (%1)(&amp;Y)</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>प्राप्त %1</translation>
    </message>
    <message>
        <source>, credited %1</source>
        <translation>, क्रेडिट %1</translation>
    </message>
    <message>
        <source>Balance due %1</source>
        <translation>बकाया राशि %1</translation>
    </message>
    <message>
        <source>Nothing outstanding</source>
        <translation>कुछ बकाया नहीं</translation>
    </message>
    <message numerus="yes">
        <source>Outstanding %1 on %n invoice(s)</source>
        <translation>
            <numerusform>%n इनवॉइस पर %1 बकाया</numerusform>
            <numerusform>%n इनवॉइस पर %1 बकाया</numerusform>
        </translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>ट्रांसपोर्ट</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>ड्राफ़्ट सहेजा गया।</translation>
    </message>
    <message>
        <source>the next number</source>
        <translation>अगला नंबर</translation>
    </message>
    <message>
        <source>Finalize this invoice as %1?

It will be dated %2 and can no longer be edited: a mistake is then corrected by cancelling it (it keeps its number) or by a credit note.</source>
        <translation>इस इनवॉइस को %1 के रूप में फ़ाइनल करें?

इसकी तारीख %2 होगी और इसे फिर संपादित नहीं किया जा सकेगा: तब ग़लती रद्द करके (नंबर बना रहता है) या क्रेडिट नोट से सुधारी जाती है।</translation>
    </message>
    <message>
        <source>Finalize invoice</source>
        <translation>इनवॉइस फ़ाइनल करें</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>फ़ाइनल करें(&amp;F)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>Finalized as %1.</source>
        <translation>%1 के रूप में फ़ाइनल किया गया।</translation>
    </message>
    <message>
        <source>%1 is cancelled; it keeps its number.</source>
        <translation>%1 रद्द किया गया; इसका नंबर बना रहता है।</translation>
    </message>
    <message>
        <source>Credit note %1 issued.</source>
        <translation>क्रेडिट नोट %1 जारी किया गया।</translation>
    </message>
    <message>
        <source>Payment of %1 recorded; balance %2.</source>
        <translation>%1 का भुगतान दर्ज किया गया; बकाया %2।</translation>
    </message>
    <message>
        <source>Ticket %1 raised.</source>
        <translation>टिकट %1 बनाया गया।</translation>
    </message>
    <message>
        <source>the draft could not be saved</source>
        <translation>ड्राफ़्ट सहेजा नहीं जा सका</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>बिना सहेजा ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Save the changes to this draft invoice?</source>
        <translation>इस ड्राफ़्ट इनवॉइस के बदलाव सहेजें?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
</context>
<context>
    <name>bcp::ui::InvoiceLinesModel</name>
    <message>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>HSN</source>
        <translation>HSN</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>रेट</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>कर योग्य</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>GST</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Size %1</source>
        <translation>साइज़ %1</translation>
    </message>
    <message>
        <source>Paper %1</source>
        <translation>पेपर %1</translation>
    </message>
    <message>
        <source>Quantity: a whole number more than 0</source>
        <translation>मात्रा: 0 से अधिक पूर्ण संख्या</translation>
    </message>
    <message>
        <source>Rate: an amount in rupees such as 12.50</source>
        <translation>रेट: रुपये में राशि, जैसे 12.50</translation>
    </message>
</context>
<context>
    <name>bcp::ui::InvoiceListModel</name>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>पार्टी</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>कोटेशन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>देय</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation>%1 (क्रेडिट नोट)</translation>
    </message>
    <message>
        <source>Paid %1 of %2</source>
        <translation>%2 में से %1 भुगतान</translation>
    </message>
</context>
<context>
    <name>bcp::ui::InvoicesPane</name>
    <message>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Tax invoices and credit notes. Drafts have no number until they are finalized; payments received show as partly paid or paid.</source>
        <translation>टैक्स इनवॉइस और क्रेडिट नोट। ड्राफ़्ट को फ़ाइनल होने तक नंबर नहीं मिलता; प्राप्त भुगतान आंशिक भुगतान या भुगतान हो गया के रूप में दिखते हैं।</translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>नया इनवॉइस(&amp;N)…</translation>
    </message>
    <message>
        <source>From an accepted quote or blank (Ctrl+N)</source>
        <translation>स्वीकृत कोटेशन से या खाली (Ctrl+N)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Any party</source>
        <translation>कोई भी पार्टी</translation>
    </message>
    <message>
        <source>&amp;Unpaid</source>
        <translation>अदत्त(&amp;U)</translation>
    </message>
    <message>
        <source>Final invoices with a balance left to receive</source>
        <translation>फ़ाइनल इनवॉइस जिनकी राशि मिलनी बाकी है</translation>
    </message>
    <message>
        <source>Search number, party, quote</source>
        <translation>नंबर, पार्टी, कोटेशन खोजें</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Clear every filter and the search</source>
        <translation>हर फ़िल्टर और खोज साफ़ करें</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>स्थिति(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>पार्टी(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>दिनांक(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>तक(&amp;T)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>आंशिक भुगतान</translation>
    </message>
    <message>
        <source>No invoice matches the filters.</source>
        <translation>कोई इनवॉइस फ़िल्टर से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>No invoices yet. Start one with New invoice: from an accepted quote or blank.</source>
        <translation>अभी कोई इनवॉइस नहीं। नया इनवॉइस से शुरू करें: स्वीकृत कोटेशन से या खाली।</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n इनवॉइस</numerusform>
            <numerusform>%n इनवॉइस</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n invoices; scroll for more</source>
        <translation>
            <numerusform>पहले %n इनवॉइस; और के लिए स्क्रॉल करें</numerusform>
            <numerusform>पहले %n इनवॉइस; और के लिए स्क्रॉल करें</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bcp::ui::LayerTable</name>
    <message>
        <source>Layer</source>
        <translation>लेयर</translation>
    </message>
    <message>
        <source>Flute</source>
        <translation>फ्लूट</translation>
    </message>
    <message>
        <source>Shade</source>
        <translation>शेड</translation>
    </message>
    <message>
        <source>BF</source>
        <translation>BF</translation>
    </message>
    <message>
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Ring crush test of the paper in kN/m (0 when unknown)</source>
        <translation>पेपर का रिंग क्रश टेस्ट kN/m में (पता न हो तो 0)</translation>
    </message>
    <message>
        <source>A paper rate in ₹/kg for this layer; leave blank to use the rate from the masters</source>
        <translation>इस लेयर के लिए पेपर रेट ₹/kg में; मास्टर्स का रेट लेने के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <source>Where the rate came from: the masters or a manual rate</source>
        <translation>रेट कहाँ से आया: मास्टर्स से या मैनुअल रेट</translation>
    </message>
    <message>
        <source>Middle liner 2</source>
        <translation>मिडिल लाइनर 2</translation>
    </message>
    <message>
        <source>masters</source>
        <translation>मास्टर्स</translation>
    </message>
    <message>
        <source>%1 flute: take-up factor %2, height %3 mm</source>
        <translation>%1 फ्लूट: टेक-अप फ़ैक्टर %2, ऊँचाई %3 mm</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>मैनुअल</translation>
    </message>
    <message>
        <source>Flute of this layer; factors and heights come from the masters</source>
        <translation>इस लेयर का फ्लूट; फ़ैक्टर और ऊँचाई मास्टर्स से आते हैं</translation>
    </message>
    <message>
        <source>Bursting factor; pick one from the price list or type another (it then needs a manual rate or a price in the masters)</source>
        <translation>बर्स्टिंग फ़ैक्टर; रेट सूची से चुनें या कोई दूसरा लिखें (तब उसके लिए मैनुअल रेट या मास्टर्स में कीमत चाहिए)</translation>
    </message>
    <message>
        <source>Leave blank to use the masters rate (shown in grey)</source>
        <translation>मास्टर्स का रेट (ग्रे में दिखाया गया) लेने के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <source>Liner</source>
        <translation>लाइनर</translation>
    </message>
    <message>
        <source>Outer liner</source>
        <translation>बाहरी लाइनर</translation>
    </message>
    <message>
        <source>Inner liner</source>
        <translation>अंदरूनी लाइनर</translation>
    </message>
    <message>
        <source>Flute %1</source>
        <translation>फ्लूट %1</translation>
    </message>
    <message>
        <source>Middle liner</source>
        <translation>मिडिल लाइनर</translation>
    </message>
    <message>
        <source>Middle liner %1</source>
        <translation>मिडिल लाइनर %1</translation>
    </message>
    <message>
        <source>The rate last used for BF %1 %2; type over it, or clear it to use the masters rate</source>
        <translation>BF %1 %2 के लिए पिछली बार इस्तेमाल हुआ रेट; इसके ऊपर लिखें, या मास्टर्स का रेट लेने के लिए इसे हटा दें</translation>
    </message>
    <message>
        <source>%1 flute</source>
        <translation>%1 फ्लूट</translation>
    </message>
    <message>
        <source>RCT
kN/m</source>
        <translation>RCT
kN/m</translation>
    </message>
    <message>
        <source>Manual
₹/kg</source>
        <translation>मैनुअल
₹/kg</translation>
    </message>
    <message>
        <source>Weight
g</source>
        <translation>वज़न
g</translation>
    </message>
    <message>
        <source>Rate
₹/kg</source>
        <translation>रेट
₹/kg</translation>
    </message>
    <message>
        <source>Cost
₹</source>
        <translation>लागत
₹</translation>
    </message>
    <message>
        <source>Outer liner first; a flute layer shows its flute letter</source>
        <translation>बाहरी लाइनर पहले; फ्लूट लेयर अपना फ्लूट अक्षर दिखाती है</translation>
    </message>
    <message>
        <source>Weight of this layer in one box, in grams</source>
        <translation>एक बॉक्स में इस लेयर का वज़न, ग्राम में</translation>
    </message>
    <message>
        <source>Paper cost of this layer per box, in rupees</source>
        <translation>प्रति बॉक्स इस लेयर की पेपर लागत, रुपये में</translation>
    </message>
</context>
<context>
    <name>bcp::ui::LogoPicker</name>
    <message>
        <source>C&amp;hoose image…</source>
        <translation>इमेज चुनें(&amp;H)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read.</source>
        <translation>%1 ऐसी इमेज नहीं है जिसे यह प्रोग्राम पढ़ सके।</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>कंपनी लोगो</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>इमेज (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>कोई लोगो नहीं</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 पिक्सेल</translation>
    </message>
</context>
<context>
    <name>bcp::ui::MainWindow</name>
    <message>
        <source>BoxCostPro</source>
        <translation>BoxCostPro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About BoxCostPro</source>
        <translation>BoxCostPro के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>%1 · %2 · schema %3</source>
        <translation>%1 · %2 · स्कीमा %3</translation>
    </message>
    <message>
        <source>BoxCostPro is locked</source>
        <translation>BoxCostPro लॉक है</translation>
    </message>
    <message>
        <source>Locked to protect your shop&apos;s data. Your work is kept as you left it.</source>
        <translation>आपकी दुकान के डेटा की सुरक्षा के लिए लॉक किया गया। आपका काम जैसा छोड़ा था वैसा ही है।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::MastersPane</name>
    <message>
        <source>Masters</source>
        <translation>मास्टर्स</translation>
    </message>
    <message>
        <source>Paper prices and costing defaults for new calculations. Saved quotes keep the values they were made with.</source>
        <translation>नई गणनाओं के लिए पेपर की कीमतें और कॉस्टिंग के डिफ़ॉल्ट। सहेजे गए कोटेशन उन्हीं मानों को रखते हैं जिनसे वे बने थे।</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>वापस लें(&amp;R)</translation>
    </message>
    <message>
        <source>Drop the changes that are not saved</source>
        <translation>बिना सहेजे बदलाव छोड़ दें</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Save the masters (Ctrl+S)</source>
        <translation>मास्टर्स सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>Paper base price by BF</source>
        <translation>BF के अनुसार पेपर का बेस रेट</translation>
    </message>
    <message>
        <source>Shades and premiums</source>
        <translation>शेड और प्रीमियम</translation>
    </message>
    <message>
        <source>Flutes</source>
        <translation>फ्लूट</translation>
    </message>
    <message>
        <source>Read-only: changing masters needs the “edit paper and costing masters” permission (owner or admin).</source>
        <translation>केवल पढ़ने के लिए: मास्टर्स बदलने के लिए “पेपर और कॉस्टिंग मास्टर्स संपादित करें” अनुमति चाहिए (मालिक या एडमिन)।</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Add a row and start typing it</source>
        <translation>एक पंक्ति जोड़ें और उसमें लिखना शुरू करें</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>चुनी हुई पंक्ति हटाएँ</translation>
    </message>
    <message>
        <source>GSM rules and market</source>
        <translation>GSM नियम और बाज़ार</translation>
    </message>
    <message>
        <source>Added to every masters paper rate; negative for a market discount</source>
        <translation>मास्टर्स के हर पेपर रेट में जोड़ा जाता है; बाज़ार छूट के लिए ऋणात्मक</translation>
    </message>
    <message>
        <source>Light paper up to</source>
        <translation>हल्का पेपर इतने तक</translation>
    </message>
    <message>
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <source>adds</source>
        <translation>अतिरिक्त</translation>
    </message>
    <message>
        <source>₹/kg</source>
        <translation>₹/kg</translation>
    </message>
    <message>
        <source>Heavy paper from</source>
        <translation>भारी पेपर इससे</translation>
    </message>
    <message>
        <source>Market adjustment</source>
        <translation>बाज़ार समायोजन</translation>
    </message>
    <message>
        <source>Sheet and business defaults</source>
        <translation>शीट और व्यापार डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>Longest one-piece sheet; a longer box gets an extra joint flap. 0 = no limit</source>
        <translation>एक टुकड़े की सबसे लंबी शीट; इससे लंबे बॉक्स में अतिरिक्त जॉइंट फ़्लैप लगता है। 0 = कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>GST rate of boxes (HSN 4819) on quotes and invoices</source>
        <translation>कोटेशन और इनवॉइस पर बॉक्स (HSN 4819) की GST दर</translation>
    </message>
    <message>
        <source>Round invoice totals to the rupee</source>
        <translation>इनवॉइस का कुल रुपये में राउंड करें</translation>
    </message>
    <message>
        <source>Max sheet length</source>
        <translation>अधिकतम शीट लंबाई</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>Flat sheet allowance</source>
        <translation>फ़्लैट शीट अलाउंस</translation>
    </message>
    <message>
        <source>Conversion cost</source>
        <translation>कन्वर्ज़न लागत</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>मार्कअप</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>GST</translation>
    </message>
    <message>
        <source>The masters could not be loaded: %1</source>
        <translation>मास्टर्स लोड नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>Changes not saved yet (Ctrl+S saves).</source>
        <translation>बदलाव अभी सहेजे नहीं गए (Ctrl+S से सहेजें)।</translation>
    </message>
    <message>
        <source>enter a number</source>
        <translation>एक संख्या दर्ज करें</translation>
    </message>
    <message>
        <source>The masters were not saved: %1</source>
        <translation>मास्टर्स सहेजे नहीं गए: %1</translation>
    </message>
    <message>
        <source>Masters saved. New calculations use them from now on.</source>
        <translation>मास्टर्स सहेजे गए। अब से नई गणनाएँ इन्हीं से होंगी।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Price of BF %1</source>
        <translation>BF %1 का रेट</translation>
    </message>
    <message>
        <source>Shades</source>
        <translation>शेड</translation>
    </message>
    <message>
        <source>Shade “%1”</source>
        <translation>शेड “%1”</translation>
    </message>
    <message>
        <source>Flute %1 take-up factor</source>
        <translation>फ्लूट %1 टेक-अप फ़ैक्टर</translation>
    </message>
    <message>
        <source>Flute %1 height</source>
        <translation>फ्लूट %1 ऊँचाई</translation>
    </message>
    <message>
        <source>Flute %1</source>
        <translation>फ्लूट %1</translation>
    </message>
    <message>
        <source>%1-ply board thickness</source>
        <translation>%1-प्लाई बोर्ड मोटाई</translation>
    </message>
    <message>
        <source>%1-ply glue flap</source>
        <translation>%1-प्लाई ग्लू फ़्लैप</translation>
    </message>
    <message>
        <source>%1-ply deckle allowance</source>
        <translation>%1-प्लाई डेकल अलाउंस</translation>
    </message>
    <message>
        <source>%1-ply extra joint flap</source>
        <translation>%1-प्लाई अतिरिक्त जॉइंट फ़्लैप</translation>
    </message>
    <message>
        <source>Light paper GSM limit</source>
        <translation>हल्के पेपर की GSM सीमा</translation>
    </message>
    <message>
        <source>Light paper adjustment</source>
        <translation>हल्के पेपर का समायोजन</translation>
    </message>
    <message>
        <source>Heavy paper GSM limit</source>
        <translation>भारी पेपर की GSM सीमा</translation>
    </message>
    <message>
        <source>Heavy paper adjustment</source>
        <translation>भारी पेपर का समायोजन</translation>
    </message>
    <message>
        <source>Per ply (mm)</source>
        <translation>प्रति प्लाई (mm)</translation>
    </message>
</context>
<context>
    <name>bcp::ui::NewComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>नई शिकायत</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>नया टिकट</translation>
    </message>
    <message>
        <source>A &amp;customer (party)</source>
        <translation>ग्राहक (पार्टी)(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Myself (%1)</source>
        <translation>स्वयं (%1)(&amp;M)</translation>
    </message>
    <message>
        <source>Type a name, company or mobile number</source>
        <translation>नाम, कंपनी या मोबाइल नंबर लिखें</translation>
    </message>
    <message>
        <source>e.g. 200 boxes crushed at the corners</source>
        <translation>जैसे 200 बॉक्स कोनों से दबे हुए</translation>
    </message>
    <message>
        <source>What happened: quantities, lot, delivery date, what the customer asks for</source>
        <translation>क्या हुआ: मात्रा, लॉट, डिलीवरी की तारीख, ग्राहक क्या माँगता है</translation>
    </message>
    <message>
        <source>optional, comma-separated</source>
        <translation>वैकल्पिक, कॉमा से अलग</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>अनुरोधकर्ता:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>संबंधित(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>विषय(&amp;S):</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>श्रेणी(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>प्राथमिकता(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>विवरण(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>टैग(&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;reate ticket</source>
        <translation>टिकट बनाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>No particular document</source>
        <translation>कोई खास दस्तावेज़ नहीं</translation>
    </message>
    <message>
        <source>Quote %1 of %2 – ₹%3</source>
        <translation>%2 का कोटेशन %1 – ₹%3</translation>
    </message>
    <message>
        <source>The quote to link was not found among this party&apos;s quotes.</source>
        <translation>जोड़ने वाला कोटेशन इस पार्टी के कोटेशनों में नहीं मिला।</translation>
    </message>
    <message>
        <source>The ticket is raised by you.</source>
        <translation>टिकट आपके द्वारा दर्ज किया गया है।</translation>
    </message>
    <message>
        <source>Find the customer who complains:</source>
        <translation>शिकायत करने वाले ग्राहक को खोजें:</translation>
    </message>
    <message>
        <source>choose the customer who complains</source>
        <translation>शिकायत करने वाला ग्राहक चुनें</translation>
    </message>
</context>
<context>
    <name>bcp::ui::NewInvoiceDialog</name>
    <message>
        <source>New invoice</source>
        <translation>नया इनवॉइस</translation>
    </message>
    <message>
        <source>From an &amp;accepted quote</source>
        <translation>स्वीकृत कोटेशन से(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Blank invoice (choose the party and type the lines)</source>
        <translation>खाली इनवॉइस (पार्टी चुनें और लाइनें टाइप करें)(&amp;B)</translation>
    </message>
    <message>
        <source>Search quote number, party or box</source>
        <translation>कोटेशन नंबर, पार्टी या बॉक्स खोजें</translation>
    </message>
    <message>
        <source>&amp;Items to bill</source>
        <translation>बिल करने वाले आइटम(&amp;I)</translation>
    </message>
    <message>
        <source>Accepted &amp;quotes</source>
        <translation>स्वीकृत कोटेशन(&amp;Q)</translation>
    </message>
    <message>
        <source>Invoice &amp;date</source>
        <translation>इनवॉइस तारीख(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>ड्राफ़्ट बनाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>No accepted quotes yet: mark a quote Accepted in the quote editor first.</source>
        <translation>अभी कोई स्वीकृत कोटेशन नहीं: पहले कोटेशन एडिटर में किसी कोटेशन को स्वीकृत चिह्नित करें।</translation>
    </message>
    <message>
        <source>No accepted quote matches “%1”.</source>
        <translation>कोई स्वीकृत कोटेशन “%1” से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>%1  ·  %2 × %3</source>
        <translation>%1  ·  %2 × %3</translation>
    </message>
    <message>
        <source>&amp;Start blank invoice</source>
        <translation>खाली इनवॉइस शुरू करें(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the accepted quote to invoice</source>
        <translation>इनवॉइस करने के लिए स्वीकृत कोटेशन चुनें</translation>
    </message>
    <message>
        <source>Tick at least one item to bill</source>
        <translation>बिल करने के लिए कम से कम एक आइटम पर टिक करें</translation>
    </message>
</context>
<context>
    <name>bcp::ui::NumberTemplateField</name>
    <message>
        <source>Tokens: {FY} financial year (25-26), {YYYY} and {YY} the year, {seq:N} the running number with N digits</source>
        <translation>टोकन: {FY} वित्त वर्ष (25-26), {YYYY} और {YY} वर्ष, {seq:N} N अंकों वाला चलता नंबर</translation>
    </message>
    <message>
        <source>Next number: %1</source>
        <translation>अगला नंबर: %1</translation>
    </message>
    <message>
        <source>First number of the year: %1</source>
        <translation>साल का पहला नंबर: %1</translation>
    </message>
    <message>
        <source>%1 (up to %2 of %3 characters)</source>
        <translation>%1 (%3 में से %2 अक्षरों तक)</translation>
    </message>
</context>
<context>
    <name>bcp::ui::OverrideDialog</name>
    <message>
        <source>Override for %1</source>
        <translation>%1 के लिए ओवरराइड</translation>
    </message>
    <message>
        <source>%1 gets this whatever its plan says, until the end date.</source>
        <translation>%1 को यह अंतिम तारीख तक मिलेगा, चाहे उसका प्लान कुछ भी कहे।</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Allowed</source>
        <translation>अनुमति है(&amp;A)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>At least %1 characters, e.g. “pilot of WhatsApp sharing agreed by sales”</source>
        <translation>कम से कम %1 अक्षर, जैसे “सेल्स ने WhatsApp शेयरिंग का पायलट तय किया”</translation>
    </message>
    <message>
        <source>&amp;Feature</source>
        <translation>फ़ीचर(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>सीमा(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Until (UTC)</source>
        <translation>तक (UTC)(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>कारण(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save override</source>
        <translation>ओवरराइड सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>This feature has no limit to set</source>
        <translation>इस फ़ीचर में सेट करने के लिए कोई सीमा नहीं है</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>फ़ीचर</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
</context>
<context>
    <name>bcp::ui::PartiesPane</name>
    <message>
        <source>Parties</source>
        <translation>पार्टियाँ</translation>
    </message>
    <message>
        <source>The shop&apos;s customers. Type to search by name, company or mobile number.</source>
        <translation>दुकान के ग्राहक। नाम, कंपनी या मोबाइल नंबर से खोजने के लिए लिखें।</translation>
    </message>
    <message>
        <source>&amp;New party</source>
        <translation>नई पार्टी(&amp;N)</translation>
    </message>
    <message>
        <source>Add a party (Ctrl+N)</source>
        <translation>पार्टी जोड़ें (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search name, company or mobile (Ctrl+F)</source>
        <translation>नाम, कंपनी या मोबाइल खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show &amp;hidden parties</source>
        <translation>छिपी पार्टियाँ दिखाएँ(&amp;H)</translation>
    </message>
    <message>
        <source>No parties yet: Ctrl+N adds one.</source>
        <translation>अभी कोई पार्टी नहीं: Ctrl+N से जोड़ें।</translation>
    </message>
    <message>
        <source>No party matches the search.</source>
        <translation>खोज से कोई पार्टी मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>1 party</source>
        <translation>1 पार्टी</translation>
    </message>
    <message>
        <source>%1 parties</source>
        <translation>%1 पार्टियाँ</translation>
    </message>
    <message>
        <source>First %1 parties shown; more load as you scroll.</source>
        <translation>पहली %1 पार्टियाँ दिखाई गई हैं; स्क्रॉल करने पर और लोड होंगी।</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 जोड़ी गई।</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजी गई।</translation>
    </message>
    <message>
        <source>Delete party</source>
        <translation>पार्टी हटाएँ</translation>
    </message>
    <message>
        <source>%1 has quotes, so the party cannot be removed.</source>
        <translation>%1 के कोटेशन हैं, इसलिए पार्टी हटाई नहीं जा सकती।</translation>
    </message>
    <message>
        <source>It will be hidden instead: kept with its quotes for the records, and left out of the party picker and the list. “Show hidden parties” finds it again.</source>
        <translation>इसके बजाय इसे छिपा दिया जाएगा: रिकॉर्ड के लिए इसके कोटेशन के साथ रखी जाएगी, और पार्टी चयन व सूची से बाहर रहेगी। “छिपी पार्टियाँ दिखाएँ” से यह फिर मिल जाएगी।</translation>
    </message>
    <message>
        <source>Hide party</source>
        <translation>पार्टी छिपाएँ</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 को हटाएँ?</translation>
    </message>
    <message>
        <source>%1 has no quotes, so the party will be removed for good.</source>
        <translation>%1 का कोई कोटेशन नहीं है, इसलिए पार्टी हमेशा के लिए हटा दी जाएगी।</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>%1 is hidden; its quotes keep it.</source>
        <translation>%1 छिपाई गई; इसके कोटेशन इसे बनाए रखते हैं।</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 हटा दी गई।</translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation>%1 फिर से दिखाई जा रही है।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::PartyDialog</name>
    <message>
        <source>A GSTIN has only letters and digits; character %1 is &quot;%2&quot;.</source>
        <translation>GSTIN में केवल अक्षर और अंक होते हैं; अक्षर %1 &quot;%2&quot; है।</translation>
    </message>
    <message>
        <source>Characters 1-2 of a GSTIN are the state code (two digits).</source>
        <translation>GSTIN के अक्षर 1-2 राज्य कोड (दो अंक) होते हैं।</translation>
    </message>
    <message>
        <source>Character %1 of a GSTIN is a letter of the PAN.</source>
        <translation>GSTIN का अक्षर %1, PAN का एक अक्षर (letter) होता है।</translation>
    </message>
    <message>
        <source>Character %1 of a GSTIN is a digit of the PAN.</source>
        <translation>GSTIN का अक्षर %1, PAN का एक अंक होता है।</translation>
    </message>
    <message>
        <source>Character 14 of a GSTIN is always Z, not &quot;%1&quot;.</source>
        <translation>GSTIN का अक्षर 14 हमेशा Z होता है, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>%1 is not a GST state code.</source>
        <translation>%1 GST राज्य कोड नहीं है।</translation>
    </message>
    <message>
        <source>— Not given —</source>
        <translation>— नहीं दिया गया —</translation>
    </message>
    <message>
        <source>Building, street</source>
        <translation>भवन, गली</translation>
    </message>
    <message>
        <source>Area, landmark</source>
        <translation>क्षेत्र, लैंडमार्क</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 अंक</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>नई पार्टी</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>पार्टी संपादित करें</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 संपादित करें</translation>
    </message>
    <message>
        <source>Name and mobile number are required. A valid GSTIN fills in the state and the PAN.</source>
        <translation>नाम और मोबाइल नंबर ज़रूरी हैं। सही GSTIN से राज्य और PAN अपने-आप भर जाते हैं।</translation>
    </message>
    <message>
        <source>Person to address</source>
        <translation>संपर्क व्यक्ति</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>10 digits, +91 optional</source>
        <translation>10 अंक, +91 वैकल्पिक</translation>
    </message>
    <message>
        <source>15 characters, optional</source>
        <translation>15 अक्षर, वैकल्पिक</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>नाम(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Designation</source>
        <translation>पद(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>कंपनी(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Mobile *</source>
        <translation>मोबाइल(&amp;M) *</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>ई-मेल(&amp;E)</translation>
    </message>
    <message>
        <source>GST registration</source>
        <translation>GST पंजीकरण</translation>
    </message>
    <message>
        <source>&amp;GSTIN</source>
        <translation>GSTIN(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;PAN</source>
        <translation>PAN(&amp;P)</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>बिलिंग पता</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>शिपिंग पता</translation>
    </message>
    <message>
        <source>Same as the billing address</source>
        <translation>बिलिंग पते जैसा ही</translation>
    </message>
    <message>
        <source>Anything the shop should remember about this party</source>
        <translation>इस पार्टी के बारे में दुकान को जो कुछ याद रखना चाहिए</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>पार्टी जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the party&apos;s name.</source>
        <translation>पार्टी का नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation>मोबाइल नंबर दर्ज करें।</translation>
    </message>
    <message>
        <source>%1 of 10 digits</source>
        <translation>10 में से %1 अंक</translation>
    </message>
    <message>
        <source>%1 of 15 characters</source>
        <translation>15 में से %1 अक्षर</translation>
    </message>
    <message>
        <source>From the GSTIN</source>
        <translation>GSTIN से</translation>
    </message>
    <message>
        <source>✓ Valid · %1 (%2) · PAN %3</source>
        <translation>✓ सही · %1 (%2) · PAN %3</translation>
    </message>
    <message>
        <source>Correct the marked fields.</source>
        <translation>चिह्नित फ़ील्ड ठीक करें।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::PartyListModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (छिपी)</translation>
    </message>
    <message>
        <source>Hidden: kept for the quotes that name this party, left out of pickers</source>
        <translation>छिपी: इस पार्टी के नाम वाले कोटेशनों के लिए रखी गई, चयन सूचियों से बाहर</translation>
    </message>
    <message>
        <source>State code %1</source>
        <translation>राज्य कोड %1</translation>
    </message>
</context>
<context>
    <name>bcp::ui::PartyPage</name>
    <message>
        <source>Choose a party on the left to see its details and quotes.</source>
        <translation>विवरण और कोटेशन देखने के लिए बाईं ओर से कोई पार्टी चुनें।</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>छिपी</translation>
    </message>
    <message>
        <source>Kept for the quotes that name this party; left out of pickers</source>
        <translation>इस पार्टी के नाम वाले कोटेशनों के लिए रखी गई; चयन सूचियों से बाहर</translation>
    </message>
    <message>
        <source>New &amp;quote</source>
        <translation>नया कोटेशन(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>बिलिंग पता</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>शिपिंग पता</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Same as billing</source>
        <translation>बिलिंग जैसा ही</translation>
    </message>
    <message>
        <source>No quotes yet</source>
        <translation>अभी कोई कोटेशन नहीं</translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 कोटेशन</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 कोटेशन</translation>
    </message>
    <message>
        <source>Quotes (newest %1 shown)</source>
        <translation>कोटेशन (नवीनतम %1 दिखाए गए)</translation>
    </message>
    <message>
        <source>Change this party&apos;s details (Enter in the list)</source>
        <translation>इस पार्टी का विवरण बदलें (सूची में Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>हटाएँ(&amp;D)…</translation>
    </message>
    <message>
        <source>Show &amp;again</source>
        <translation>फिर से दिखाएँ(&amp;A)</translation>
    </message>
    <message>
        <source>Show this party in pickers again</source>
        <translation>इस पार्टी को चुनने की सूचियों में फिर से दिखाएँ</translation>
    </message>
    <message>
        <source>Delete the party; one that quotes name is hidden instead (Delete in the list)</source>
        <translation>पार्टी हटाएँ; जिसका नाम कोटेशन में है उसे छिपाया जाता है (सूची में Delete)</translation>
    </message>
</context>
<context>
    <name>bcp::ui::PartyPicker</name>
    <message>
        <source>Type a name, company or mobile number…</source>
        <translation>नाम, कंपनी या मोबाइल नंबर लिखें…</translation>
    </message>
    <message>
        <source>&amp;New party…</source>
        <translation>नई पार्टी(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a party and choose it (what you typed is filled in)</source>
        <translation>पार्टी जोड़ें और चुनें (जो आपने लिखा वह भर दिया जाएगा)</translation>
    </message>
    <message>
        <source>Edit part&amp;y…</source>
        <translation>पार्टी संपादित करें(&amp;Y)…</translation>
    </message>
    <message>
        <source>Change the chosen party&apos;s details</source>
        <translation>चुनी हुई पार्टी का विवरण बदलें</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No parties yet: add one with New party…</source>
        <translation>अभी कोई पार्टी नहीं: नई पार्टी… से जोड़ें</translation>
    </message>
    <message>
        <source>No party matches “%1”</source>
        <translation>“%1” से कोई पार्टी मेल नहीं खाती</translation>
    </message>
</context>
<context>
    <name>bcp::ui::PasswordStrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>बहुत कमज़ोर</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>कमज़ोर</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ठीक-ठाक</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>अच्छा</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>मज़बूत</translation>
    </message>
    <message>
        <source>At least %1 characters, not containing your name or user name.</source>
        <translation>कम से कम %1 अक्षर, जिसमें आपका नाम या उपयोगकर्ता नाम न हो।</translation>
    </message>
    <message>
        <source>Meets the password rules.</source>
        <translation>पासवर्ड नियमों पर खरा है।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::PaymentDialog</name>
    <message>
        <source>Record payment for %1</source>
        <translation>%1 के लिए भुगतान दर्ज करें</translation>
    </message>
    <message>
        <source>Payment received from %1 against %2 (total %3).</source>
        <translation>%2 के विरुद्ध %1 से प्राप्त भुगतान (कुल %3)।</translation>
    </message>
    <message>
        <source>UPI transaction id, cheque number, bank reference</source>
        <translation>UPI ट्रांज़ैक्शन id, चेक नंबर, बैंक रेफ़रेंस</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>तारीख(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Amount (₹)</source>
        <translation>राशि (₹)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>माध्यम(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>रेफ़रेंस(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>भुगतान दर्ज करें(&amp;R)</translation>
    </message>
    <message>
        <source>Balance due %1.</source>
        <translation>बकाया राशि %1।</translation>
    </message>
    <message>
        <source>Balance due %1: this is %2 more than the balance.</source>
        <translation>बकाया राशि %1: यह बकाया से %2 अधिक है।</translation>
    </message>
    <message>
        <source>Balance due %1; this payment settles the invoice.</source>
        <translation>बकाया राशि %1; इस भुगतान से इनवॉइस चुकता हो जाता है।</translation>
    </message>
    <message>
        <source>Balance due %1; %2 remains after this payment.</source>
        <translation>बकाया राशि %1; इस भुगतान के बाद %2 बाकी रहेगा।</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>राशि: %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>रेफ़रेंस</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bcp::ui::PaymentsModel</name>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>रेफ़रेंस</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>दर्ज करने वाले</translation>
    </message>
</context>
<context>
    <name>bcp::ui::PlanMatrixDelegate</name>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
</context>
<context>
    <name>bcp::ui::PlanMatrixModel</name>
    <message>
        <source>Price a month (before GST)</source>
        <translation>मासिक कीमत (GST से पहले)</translation>
    </message>
    <message>
        <source>Trial days</source>
        <translation>ट्रायल के दिन</translation>
    </message>
    <message>
        <source>Tick to include; the number is the limit of %1 (empty or -1: no limit)</source>
        <translation>शामिल करने के लिए टिक करें; संख्या %1 की सीमा है (खाली या -1: कोई सीमा नहीं)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 दिन</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 में %1</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>फ़ीचर</translation>
    </message>
    <message>
        <source>1 shop</source>
        <translation>1 दुकान</translation>
    </message>
    <message>
        <source>%1 shops</source>
        <translation>%1 दुकानें</translation>
    </message>
    <message>
        <source>%1%2
v%3 · %4</source>
        <translation>%1%2
v%3 · %4</translation>
    </message>
    <message>
        <source>Version %1 by %2: %3</source>
        <translation>वर्ज़न %1, %2 द्वारा: %3</translation>
    </message>
</context>
<context>
    <name>bcp::ui::PlansPane</name>
    <message>
        <source>Plans &amp; features</source>
        <translation>प्लान &amp; फ़ीचर</translation>
    </message>
    <message>
        <source>Tick what each plan includes and set its limits (double-click a number). Saving makes a new version of every changed plan; shops keep the version they are on until they renew.</source>
        <translation>टिक करें कि हर प्लान में क्या शामिल है और उसकी सीमाएँ सेट करें (संख्या पर डबल-क्लिक करें)। सहेजने पर हर बदले गए प्लान का नया वर्ज़न बनता है; दुकानें नवीनीकरण तक अपने वर्ज़न पर रहती हैं।</translation>
    </message>
    <message>
        <source>Why the plans change, e.g. “Pro gets WhatsApp from January”</source>
        <translation>प्लान क्यों बदल रहे हैं, जैसे “Pro को जनवरी से WhatsApp मिलेगा”</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>नोट(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>वापस लें(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the edits not saved yet</source>
        <translation>अभी तक न सहेजे गए बदलाव छोड़ दें</translation>
    </message>
    <message>
        <source>&amp;Save as new versions</source>
        <translation>नए वर्ज़न के रूप में सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> %1 में से</translation>
    </message>
    <message>
        <source>Current versions: %1</source>
        <translation>वर्तमान वर्ज़न: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>नोट: %1</translation>
    </message>
    <message>
        <source>Saved %1. %2 was not saved: %3</source>
        <translation>%1 सहेजा गया। %2 सहेजा नहीं गया: %3</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 सहेजा नहीं गया: %2</translation>
    </message>
    <message>
        <source>%1 as version %2</source>
        <translation>%1 वर्ज़न %2 के रूप में</translation>
    </message>
    <message>
        <source>Saved %1. Shops already on these plans keep their version until they renew.</source>
        <translation>%1 सहेजा गया। इन प्लान पर पहले से मौजूद दुकानें नवीनीकरण तक अपना वर्ज़न रखेंगी।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::PlyDefaultsModel</name>
    <message>
        <source>Ply</source>
        <translation>प्लाई</translation>
    </message>
    <message>
        <source>%1-ply</source>
        <translation>%1-प्लाई</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>मोटाई</translation>
    </message>
    <message>
        <source>Board thickness in mm, taken off outside (OD) dimensions</source>
        <translation>बोर्ड की मोटाई mm में, बाहरी (OD) माप से घटाई जाती है</translation>
    </message>
    <message>
        <source>Glue flap</source>
        <translation>ग्लू फ़्लैप</translation>
    </message>
    <message>
        <source>Glue flap in mm, added to the cutting length of a box</source>
        <translation>ग्लू फ़्लैप mm में, बॉक्स की कटिंग लंबाई में जोड़ा जाता है</translation>
    </message>
    <message>
        <source>Deckle</source>
        <translation>डेकल</translation>
    </message>
    <message>
        <source>Deckle (reel width) allowance in mm</source>
        <translation>डेकल (रील चौड़ाई) अलाउंस mm में</translation>
    </message>
    <message>
        <source>Extra flap</source>
        <translation>अतिरिक्त फ़्लैप</translation>
    </message>
    <message>
        <source>Extra joint flap in mm of a two-piece box (sheet longer than the maximum)</source>
        <translation>दो टुकड़ों वाले बॉक्स का अतिरिक्त जॉइंट फ़्लैप mm में (शीट अधिकतम से लंबी हो)</translation>
    </message>
</context>
<context>
    <name>bcp::ui::PrintJob</name>
    <message>
        <source>There is no document to print.</source>
        <translation>प्रिंट करने के लिए कोई दस्तावेज़ नहीं है।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::PrintPreview</name>
    <message>
        <source>Preview - %1</source>
        <translation>प्रीव्यू - %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>प्रिंट प्रीव्यू</translation>
    </message>
    <message>
        <source>The document could not be drawn.
%1</source>
        <translation>दस्तावेज़ बनाया नहीं जा सका।
%1</translation>
    </message>
    <message>
        <source>Classic layout</source>
        <translation>क्लासिक लेआउट</translation>
    </message>
    <message>
        <source>Compact layout</source>
        <translation>कॉम्पैक्ट लेआउट</translation>
    </message>
    <message>
        <source>Layout of the document</source>
        <translation>दस्तावेज़ का लेआउट</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>भाग</translation>
    </message>
    <message>
        <source>Parts of the document to print</source>
        <translation>दस्तावेज़ के प्रिंट होने वाले भाग</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>लोगो</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>तकनीकी विवरण</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>बैंक विवरण</translation>
    </message>
    <message>
        <source>UPI QR code</source>
        <translation>UPI QR कोड</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>नियम और शर्तें</translation>
    </message>
    <message>
        <source>Edit terms...</source>
        <translation>शर्तें संपादित करें...</translation>
    </message>
    <message>
        <source>Change the terms printed on this document</source>
        <translation>इस दस्तावेज़ पर छपने वाली शर्तें बदलें</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>PDF के रूप में सहेजें...</translation>
    </message>
    <message>
        <source>Terms printed on this document, one to a line:</source>
        <translation>इस दस्तावेज़ पर छपने वाली शर्तें, एक पंक्ति में एक:</translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteCompareDialog</name>
    <message>
        <source>Compare versions of %1</source>
        <translation>%1 के वर्ज़न की तुलना</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>वर्ज़न %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation>केवल अंतर(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>तुलना करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>से(&amp;W)</translation>
    </message>
    <message>
        <source>Highlighted rows differ between the two versions. Versions are never changed: restoring one saves its values as a new active version.</source>
        <translation>हाइलाइट की गई पंक्तियाँ दोनों वर्ज़न में अलग हैं। वर्ज़न कभी नहीं बदलते: किसी को पुनर्स्थापित करने पर उसके मान नए सक्रिय वर्ज़न के रूप में सहेजे जाते हैं।</translation>
    </message>
    <message>
        <source>The same version on both sides</source>
        <translation>दोनों तरफ़ एक ही वर्ज़न</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>कोई अंतर नहीं</translation>
    </message>
    <message>
        <source>1 value differs</source>
        <translation>1 मान अलग है</translation>
    </message>
    <message>
        <source>%1 values differ</source>
        <translation>%1 मान अलग हैं</translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteCompareModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>बिलिंग</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>शिपिंग</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>पता लाइन 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>पता लाइन 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>तक मान्य</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>HSN</source>
        <translation>HSN</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Paper specification</source>
        <translation>पेपर स्पेसिफ़िकेशन</translation>
    </message>
    <message>
        <source>Included in totals</source>
        <translation>कुल में शामिल</translation>
    </message>
    <message>
        <source>Costed rate per box</source>
        <translation>प्रति बॉक्स लागत रेट</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>मोलभाव</translation>
    </message>
    <message>
        <source>Rate per box</source>
        <translation>प्रति बॉक्स रेट</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>बॉक्स</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>स्टाइल</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>माप का आधार</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>लंबाई</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>चौड़ाई</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>ऊँचाई</translation>
    </message>
    <message>
        <source>Ply</source>
        <translation>प्लाई</translation>
    </message>
    <message>
        <source>Flutes</source>
        <translation>फ्लूट</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>लेयर</translation>
    </message>
    <message>
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <source>BF</source>
        <translation>BF</translation>
    </message>
    <message>
        <source>RCT</source>
        <translation>RCT</translation>
    </message>
    <message>
        <source>Shade</source>
        <translation>शेड</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>रेट</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>ट्रांसपोर्ट</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>भुगतान की शर्तें</translation>
    </message>
    <message>
        <source>Delivery days</source>
        <translation>डिलीवरी के दिन</translation>
    </message>
    <message>
        <source>Validity days</source>
        <translation>वैधता के दिन</translation>
    </message>
    <message>
        <source>Place of supply</source>
        <translation>आपूर्ति का स्थान</translation>
    </message>
    <message>
        <source>Within the state</source>
        <translation>राज्य के भीतर</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>उप-योग</translation>
    </message>
    <message>
        <source>Taxable value</source>
        <translation>कर-योग्य मूल्य</translation>
    </message>
    <message>
        <source>GST %</source>
        <translation>GST %</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>GST</translation>
    </message>
    <message>
        <source>CGST</source>
        <translation>CGST</translation>
    </message>
    <message>
        <source>SGST</source>
        <translation>SGST</translation>
    </message>
    <message>
        <source>IGST</source>
        <translation>IGST</translation>
    </message>
    <message>
        <source>Round-off</source>
        <translation>राउंड-ऑफ़</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>कुल योग</translation>
    </message>
    <message>
        <source>BF price</source>
        <translation>BF कीमत</translation>
    </message>
    <message>
        <source>Shade premium</source>
        <translation>शेड प्रीमियम</translation>
    </message>
    <message>
        <source>Conversion ₹/kg</source>
        <translation>कन्वर्ज़न ₹/kg</translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation>मार्कअप %</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>आइटम %1</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>पार्टी</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Masters used</source>
        <translation>इस्तेमाल हुए मास्टर्स</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>कोटेशन</translation>
    </message>
    <message>
        <source>Charges and terms</source>
        <translation>शुल्क और शर्तें</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>सेक्शन</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>वर्ज़न %1</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>पहला वर्ज़न</translation>
    </message>
    <message>
        <source>Second version</source>
        <translation>दूसरा वर्ज़न</translation>
    </message>
    <message>
        <source>Ship to the billing address</source>
        <translation>बिलिंग पते पर भेजें</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteEditor</name>
    <message>
        <source>&amp;Save version</source>
        <translation>वर्ज़न सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Save as a new version (Ctrl+S)</source>
        <translation>नए वर्ज़न के रूप में सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Every new version starts as a draft</source>
        <translation>हर नया वर्ज़न ड्राफ़्ट के रूप में शुरू होता है</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Mark the active version as sent to the party</source>
        <translation>सक्रिय वर्ज़न को पार्टी को भेजा गया चिह्नित करें</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>The party accepted the active version</source>
        <translation>पार्टी ने सक्रिय वर्ज़न स्वीकार किया</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>The party turned the active version down</source>
        <translation>पार्टी ने सक्रिय वर्ज़न अस्वीकार किया</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>पार्टी(&amp;P)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>आइटम जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>Add a box (Ctrl+Shift+N)</source>
        <translation>बॉक्स जोड़ें (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>कॉपी बनाएँ(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the chosen box as a new item (Ctrl+D)</source>
        <translation>चुने हुए बॉक्स को नए आइटम के रूप में कॉपी करें (Ctrl+D)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>हटाएँ(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the chosen item from this quote</source>
        <translation>चुने हुए आइटम को इस कोटेशन से हटाएँ</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Use today&apos;s &amp;masters</source>
        <translation>आज के मास्टर्स लगाएँ(&amp;M)</translation>
    </message>
    <message>
        <source>Price every item again with the shop&apos;s current paper prices and settings</source>
        <translation>दुकान की मौजूदा पेपर कीमतों और सेटिंग से हर आइटम की कीमत फिर से लगाएँ</translation>
    </message>
    <message>
        <source>e.g. 30 days from delivery</source>
        <translation>जैसे डिलीवरी से 30 दिन</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>उल्लेख नहीं</translation>
    </message>
    <message>
        <source>Pa&amp;yment terms</source>
        <translation>भुगतान की शर्तें(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Delivery in</source>
        <translation>डिलीवरी(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Valid for</source>
        <translation>वैधता(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>नोट्स(&amp;N)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>वर्ज़न</translation>
    </message>
    <message>
        <source>Select two versions to compare them</source>
        <translation>तुलना के लिए दो वर्ज़न चुनें</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>तुलना करें(&amp;C)…</translation>
    </message>
    <message>
        <source>Two selected versions side by side; one selected: against the active version</source>
        <translation>चुने हुए दो वर्ज़न साथ-साथ; एक चुनने पर: सक्रिय वर्ज़न से तुलना</translation>
    </message>
    <message>
        <source>Save the selected version&apos;s values as a new active version</source>
        <translation>चुने हुए वर्ज़न के मानों को नए सक्रिय वर्ज़न के रूप में सहेजें</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (कॉपी)</translation>
    </message>
    <message>
        <source>Enter the box name</source>
        <translation>बॉक्स का नाम दर्ज करें</translation>
    </message>
    <message>
        <source>Item %1 needs a box name.</source>
        <translation>आइटम %1 के लिए बॉक्स का नाम चाहिए।</translation>
    </message>
    <message>
        <source>Enter zero or more</source>
        <translation>शून्य या अधिक दर्ज करें</translation>
    </message>
    <message>
        <source>The transport amount is not a number of rupees.</source>
        <translation>ट्रांसपोर्ट राशि रुपयों की सही संख्या नहीं है।</translation>
    </message>
    <message>
        <source>Item %1 is left out until it can be priced: %2</source>
        <translation>आइटम %1 की कीमत लगने तक इसे छोड़ा गया है: %2</translation>
    </message>
    <message>
        <source>today&apos;s masters</source>
        <translation>आज के मास्टर्स</translation>
    </message>
    <message>
        <source>on</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source> (changed to today&apos;s masters)</source>
        <translation> (आज के मास्टर्स पर बदला गया)</translation>
    </message>
    <message>
        <source>Every item was priced again with today&apos;s masters; save to keep the new prices.</source>
        <translation>हर आइटम की कीमत आज के मास्टर्स से फिर लगाई गई; नई कीमतें रखने के लिए सहेजें।</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>नया कोटेशन</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>%2 का वर्ज़न %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>वर्ज़न %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>समाप्त %1</translation>
    </message>
    <message>
        <source>%1 · valid until %2</source>
        <translation>%1 · %2 तक वैध</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>अभी सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>GSTIN %1</source>
        <translation>GSTIN %1</translation>
    </message>
    <message>
        <source>Choose the party first: everything else opens once a party is chosen.</source>
        <translation>पहले पार्टी चुनें: पार्टी चुनने के बाद बाकी सब खुलता है।</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <source>%1%2 – BoxCostPro</source>
        <translation>%1%2 – BoxCostPro</translation>
    </message>
    <message>
        <source>Choose the party first.</source>
        <translation>पहले पार्टी चुनें।</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>कम से कम एक आइटम जोड़ें।</translation>
    </message>
    <message>
        <source>Item %1 cannot be priced yet: %2</source>
        <translation>आइटम %1 की कीमत अभी नहीं लग सकती: %2</translation>
    </message>
    <message>
        <source>Enter the transport amount in rupees, e.g. 1,500.00.</source>
        <translation>ट्रांसपोर्ट राशि रुपयों में दर्ज करें, जैसे 1,500.00।</translation>
    </message>
    <message>
        <source>Duplicate box</source>
        <translation>दोहराया गया बॉक्स</translation>
    </message>
    <message>
        <source>“%1” of the same size is already quoted to %2 in %3 (version %4).</source>
        <translation>इसी आकार का “%1” पहले ही %2 को %3 (वर्ज़न %4) में कोट किया गया है।</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>नए वर्ज़न के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>आइटम %1: %2</translation>
    </message>
    <message>
        <source>Saved as version %1 of %2: %3</source>
        <translation>%2 के वर्ज़न %1 के रूप में सहेजा गया: %3</translation>
    </message>
    <message>
        <source>Saved as %1, version 1.</source>
        <translation>%1, वर्ज़न 1 के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>Saved version %1 of %2.</source>
        <translation>%2 का वर्ज़न %1 सहेजा गया।</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <source>This quote has changes that are not saved. Discard them and %1?</source>
        <translation>इस कोटेशन में ऐसे बदलाव हैं जो सहेजे नहीं गए। उन्हें छोड़कर %1?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>बदलाव छोड़ें</translation>
    </message>
    <message>
        <source>restore version %1</source>
        <translation>वर्ज़न %1 पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Version restored as a new active version</source>
        <translation>वर्ज़न नए सक्रिय वर्ज़न के रूप में पुनर्स्थापित हुआ</translation>
    </message>
    <message>
        <source>%1 marked %2.</source>
        <translation>%1 को %2 चिह्नित किया गया।</translation>
    </message>
    <message>
        <source>Save the changes to %1 as a new version?</source>
        <translation>%1 के बदलाव नए वर्ज़न के रूप में सहेजें?</translation>
    </message>
    <message>
        <source>Save this new quote?</source>
        <translation>यह नया कोटेशन सहेजें?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Printed on the quote under the items</source>
        <translation>कोटेशन पर आइटम के नीचे छपता है</translation>
    </message>
    <message>
        <source>Transport is entered in the totals, where it is added to the taxable value.</source>
        <translation>ट्रांसपोर्ट कुल वाले भाग में दर्ज होता है, जहाँ यह कर-योग्य मूल्य में जुड़ता है।</translation>
    </message>
    <message>
        <source>Terms and notes</source>
        <translation>शर्तें और नोट्स</translation>
    </message>
    <message>
        <source>&amp;Restore as new version</source>
        <translation>नए वर्ज़न के रूप में पुनर्स्थापित करें(&amp;R)</translation>
    </message>
    <message>
        <source>Saved versions never change. Select two to compare them; restoring copies an older version into a new active one.</source>
        <translation>सहेजे गए वर्ज़न कभी नहीं बदलते। तुलना के लिए दो चुनें; पुनर्स्थापित करने पर पुराना वर्ज़न नए सक्रिय वर्ज़न में कॉपी होता है।</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>आइटम %1</translation>
    </message>
    <message>
        <source>Item %1 · %2</source>
        <translation>आइटम %1 · %2</translation>
    </message>
    <message>
        <source>Versions (%1)</source>
        <translation>वर्ज़न (%1)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>Print / PDF</source>
        <translation>प्रिंट / PDF</translation>
    </message>
    <message>
        <source>Print preview of the saved version; Print and Save as PDF in the menu</source>
        <translation>सहेजे गए वर्ज़न का प्रिंट प्रीव्यू; मेनू में प्रिंट और PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>प्रिंट प्रीव्यू(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF के रूप में सहेजें(&amp;D)…</translation>
    </message>
    <message>
        <source>Make &amp;invoice…</source>
        <translation>इनवॉइस बनाएँ(&amp;I)…</translation>
    </message>
    <message>
        <source>A draft tax invoice from the accepted version&apos;s items</source>
        <translation>स्वीकृत वर्ज़न के आइटम से ड्राफ़्ट टैक्स इनवॉइस</translation>
    </message>
    <message>
        <source>masters of v%1</source>
        <translation>v%1 के मास्टर्स</translation>
    </message>
    <message>
        <source>GST %1 % · round-off %2 · %3</source>
        <translation>GST %1 % · राउंड-ऑफ़ %2 · %3</translation>
    </message>
    <message>
        <source>Choose the party first: type part of a name, company or mobile number in Party above, or add a new party.</source>
        <translation>पहले पार्टी चुनें: ऊपर पार्टी में नाम, कंपनी या मोबाइल नंबर का हिस्सा लिखें, या नई पार्टी जोड़ें।</translation>
    </message>
    <message>
        <source>This quote has no items yet. Add one with Add item (Ctrl+Shift+N).</source>
        <translation>इस कोटेशन में अभी कोई आइटम नहीं है। आइटम जोड़ें (Ctrl+Shift+N) से एक जोड़ें।</translation>
    </message>
    <message>
        <source>save the quote first: documents show a saved version</source>
        <translation>पहले कोटेशन सहेजें: दस्तावेज़ सहेजा गया वर्ज़न दिखाते हैं</translation>
    </message>
    <message>
        <source>The document shows saved version %1; save to include the changes.</source>
        <translation>दस्तावेज़ सहेजा गया वर्ज़न %1 दिखाता है; बदलाव शामिल करने के लिए सहेजें।</translation>
    </message>
    <message>
        <source>%1 is not among the accepted quotes that can be invoiced.</source>
        <translation>%1 उन स्वीकृत कोटेशनों में नहीं है जिनका इनवॉइस बन सकता है।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteItemEditor</name>
    <message>
        <source>e.g. Apple Box 3P</source>
        <translation>जैसे Apple Box 3P</translation>
    </message>
    <message>
        <source>Printed under the box name</source>
        <translation>बॉक्स के नाम के नीचे छपता है</translation>
    </message>
    <message>
        <source>For the shop</source>
        <translation>दुकान के लिए</translation>
    </message>
    <message>
        <source>&amp;Include in totals</source>
        <translation>कुल में शामिल करें(&amp;I)</translation>
    </message>
    <message>
        <source>Unticked items stay in the quote but are left out of the totals and documents</source>
        <translation>बिना टिक वाले आइटम कोटेशन में रहते हैं पर कुल और दस्तावेज़ों से बाहर रहते हैं</translation>
    </message>
    <message>
        <source>No negotiation</source>
        <translation>कोई मोलभाव नहीं</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>प्रतिशत छूट</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation>तय रेट</translation>
    </message>
    <message>
        <source>Box &amp;name</source>
        <translation>बॉक्स का नाम(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;HSN</source>
        <translation>HSN(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>इकाई(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>विवरण(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>टिप्पणी(&amp;R)</translation>
    </message>
    <message>
        <source>Ne&amp;gotiation</source>
        <translation>मोलभाव(&amp;G)</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>जैसे 10</translation>
    </message>
    <message>
        <source>e.g. 10.50</source>
        <translation>जैसे 10.50</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% छूट</translation>
    </message>
    <message>
        <source>₹/box</source>
        <translation>₹/बॉक्स</translation>
    </message>
    <message>
        <source>Costed rate &lt;b&gt;%1&lt;/b&gt; a box</source>
        <translation>लागत रेट &lt;b&gt;%1&lt;/b&gt; प्रति बॉक्स</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#808080&quot;&gt;&lt;s&gt;%1&lt;/s&gt;&lt;/span&gt; &amp;rarr; &lt;b&gt;%2&lt;/b&gt; a box</source>
        <translation>&lt;span style=&quot;color:#808080&quot;&gt;&lt;s&gt;%1&lt;/s&gt;&lt;/span&gt; &amp;rarr; &lt;b&gt;%2&lt;/b&gt; प्रति बॉक्स</translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteItemsModel</name>
    <message>
        <source>in</source>
        <translation>इंच</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>%1 × %2 %3 sheet</source>
        <translation>%1 × %2 %3 शीट</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OD</source>
        <translation>OD</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 %4 (%5)</source>
        <translation>%1 × %2 × %3 %4 (%5)</translation>
    </message>
    <message>
        <source>%1-ply</source>
        <translation>%1-प्लाई</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(अभी कोई नाम नहीं)</translation>
    </message>
    <message>
        <source>Counted in the totals and printed</source>
        <translation>कुल में गिना जाता है और छपता है</translation>
    </message>
    <message>
        <source>Left out of the totals and documents</source>
        <translation>कुल और दस्तावेज़ों से बाहर</translation>
    </message>
    <message>
        <source>%1 % off the costed rate</source>
        <translation>लागत रेट पर %1 % छूट</translation>
    </message>
    <message>
        <source>Fixed rate agreed with the party</source>
        <translation>पार्टी के साथ तय रेट</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>बॉक्स</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Ply / flutes</source>
        <translation>प्लाई / फ्लूट</translation>
    </message>
    <message>
        <source>Paper (GSM/BF)</source>
        <translation>पेपर (GSM/BF)</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>रेट</translation>
    </message>
    <message>
        <source>Negotiated</source>
        <translation>मोलभाव के बाद</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>शामिल</translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteListModel</name>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>पार्टी</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>कुल योग</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>वर्ज़न</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>%1 तक वैध</translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteTotalsView</name>
    <message>
        <source>Subtotal</source>
        <translation>उप-योग</translation>
    </message>
    <message>
        <source>Taxable value</source>
        <translation>कर-योग्य मूल्य</translation>
    </message>
    <message>
        <source>CGST</source>
        <translation>CGST</translation>
    </message>
    <message>
        <source>SGST</source>
        <translation>SGST</translation>
    </message>
    <message>
        <source>IGST</source>
        <translation>IGST</translation>
    </message>
    <message>
        <source>Round-off</source>
        <translation>राउंड-ऑफ़</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>कुल योग</translation>
    </message>
    <message>
        <source>CGST @ %1 %</source>
        <translation>CGST @ %1 %</translation>
    </message>
    <message>
        <source>SGST @ %1 %</source>
        <translation>SGST @ %1 %</translation>
    </message>
    <message>
        <source>IGST @ %1 %</source>
        <translation>IGST @ %1 %</translation>
    </message>
    <message>
        <source>&amp;Transport (₹)</source>
        <translation>ट्रांसपोर्ट (₹)(&amp;T)</translation>
    </message>
    <message>
        <source>Freight charged to the party, in rupees; it is part of the taxable value</source>
        <translation>पार्टी से लिया गया भाड़ा, रुपयों में; यह कर-योग्य मूल्य का हिस्सा है</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Place of supply not known: CGST + SGST</source>
        <translation>आपूर्ति का स्थान पता नहीं: CGST + SGST</translation>
    </message>
    <message>
        <source>Supply within %1: CGST + SGST</source>
        <translation>%1 के भीतर आपूर्ति: CGST + SGST</translation>
    </message>
    <message>
        <source>Supply to %1 from %2: IGST</source>
        <translation>%2 से %1 को आपूर्ति: IGST</translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuoteVersionsModel</name>
    <message>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>संपादित</translation>
    </message>
    <message>
        <source>Restored from v%1</source>
        <translation>v%1 से पुनर्स्थापित</translation>
    </message>
    <message>
        <source>Same box quoted again</source>
        <translation>वही बॉक्स फिर से कोट किया</translation>
    </message>
    <message>
        <source>v%1 (active)</source>
        <translation>v%1 (सक्रिय)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Saved %1 by %2</source>
        <translation>%1 को %2 ने सहेजा</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>वर्ज़न</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>कुल योग</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>किसने सहेजा</translation>
    </message>
</context>
<context>
    <name>bcp::ui::QuotesPane</name>
    <message>
        <source>Quotes</source>
        <translation>कोटेशन</translation>
    </message>
    <message>
        <source>Every quote of the shop, newest first. Type to search by quote number, party or box; Enter opens the selected quote.</source>
        <translation>दुकान के सभी कोटेशन, नए पहले। कोटेशन नंबर, पार्टी या बॉक्स से खोजने के लिए लिखें; Enter चुना हुआ कोटेशन खोलता है।</translation>
    </message>
    <message>
        <source>&amp;New quote</source>
        <translation>नया कोटेशन(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new quote (Ctrl+N)</source>
        <translation>नया कोटेशन शुरू करें (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected quote (Enter)</source>
        <translation>चुना हुआ कोटेशन खोलें (Enter)</translation>
    </message>
    <message>
        <source>Search quote number, party or box name (Ctrl+F)</source>
        <translation>कोटेशन नंबर, पार्टी या बॉक्स का नाम खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>स्थिति(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>से(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>तक(&amp;T)</translation>
    </message>
    <message>
        <source>No quotes match the search and filters.</source>
        <translation>खोज और फ़िल्टर से कोई कोटेशन मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>No quotes yet: Ctrl+N starts one.</source>
        <translation>अभी कोई कोटेशन नहीं: Ctrl+N से शुरू करें।</translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 कोटेशन</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 कोटेशन</translation>
    </message>
    <message>
        <source>First %1 quotes shown; more load as you scroll.</source>
        <translation>पहले %1 कोटेशन दिखाए गए हैं; स्क्रॉल करने पर और लोड होंगे।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password – BoxCostPro</source>
        <translation>पासवर्ड रीसेट करें – BoxCostPro</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reset the password of %1&lt;/b&gt;&lt;br&gt;Give them this one-time password. They must choose their own at the next sign-in; a lock after failed attempts is cleared too.</source>
        <translation>&lt;b&gt;%1 का पासवर्ड रीसेट करें&lt;/b&gt;&lt;br&gt;उन्हें यह एक-बार का पासवर्ड दें। अगली बार साइन इन पर उन्हें अपना पासवर्ड चुनना होगा; असफल प्रयासों के बाद लगा लॉक भी हट जाता है।</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>बनाएँ(&amp;G)</translation>
    </message>
    <message>
        <source>One-time &amp;password:</source>
        <translation>एक-बार का पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>पासवर्ड रीसेट करें(&amp;R)</translation>
    </message>
</context>
<context>
    <name>bcp::ui::SecretPrompt</name>
    <message>
        <source>Password needed – BoxCostPro</source>
        <translation>पासवर्ड चाहिए – BoxCostPro</translation>
    </message>
    <message>
        <source>Enter the secret for %1:</source>
        <translation>%1 के लिए सीक्रेट दर्ज करें:</translation>
    </message>
</context>
<context>
    <name>bcp::ui::ServiceMastersStore</name>
    <message>
        <source>The shop still uses the standard masters.</source>
        <translation>दुकान अभी भी मानक मास्टर्स इस्तेमाल करती है।</translation>
    </message>
    <message>
        <source>Last saved by %1 on %2.</source>
        <translation>आख़िरी बार %1 ने %2 को सहेजा।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::SettingsPane</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>&lt;b&gt;Company profile&lt;/b&gt;</source>
        <translation>&lt;b&gt;कंपनी प्रोफ़ाइल&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Letterhead, GSTIN and PAN, bank and UPI details, signatory, number templates and default terms, as every quote and invoice prints them.</source>
        <translation>लेटरहेड, GSTIN और PAN, बैंक और UPI विवरण, हस्ताक्षरकर्ता, नंबर टेम्पलेट और डिफ़ॉल्ट शर्तें, जैसे हर कोटेशन और इनवॉइस पर छपते हैं।</translation>
    </message>
    <message>
        <source>Edit &amp;company profile…</source>
        <translation>कंपनी प्रोफ़ाइल संपादित करें(&amp;C)…</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>राज्य: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>सेट नहीं</translation>
    </message>
    <message>
        <source>GSTIN: %1</source>
        <translation>GSTIN: %1</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>पंजीकृत नहीं</translation>
    </message>
    <message>
        <source>Numbers: invoices %1, quotes %2, credit notes %3</source>
        <translation>नंबर: इनवॉइस %1, कोटेशन %2, क्रेडिट नोट %3</translation>
    </message>
    <message>
        <source>Legal identity locked: the shop has issued final invoices.</source>
        <translation>कानूनी पहचान लॉक है: दुकान फ़ाइनल इनवॉइस जारी कर चुकी है।</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>कोई लोगो नहीं</translation>
    </message>
</context>
<context>
    <name>bcp::ui::SetupWizard</name>
    <message>
        <source>Set up BoxCostPro</source>
        <translation>BoxCostPro सेट करें</translation>
    </message>
    <message>
        <source>&amp;Create shop</source>
        <translation>दुकान बनाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>आपकी दुकान</translation>
    </message>
    <message>
        <source>The company as it appears on quotes and invoices. The full profile (address, bank, logo) can be completed later in Settings.</source>
        <translation>कंपनी, जैसी कोटेशन और इनवॉइस पर दिखती है। पूरी प्रोफ़ाइल (पता, बैंक, लोगो) बाद में सेटिंग में पूरी की जा सकती है।</translation>
    </message>
    <message>
        <source>e.g. Shree Ganesh Packaging</source>
        <translation>जैसे श्री गणेश पैकेजिंग</translation>
    </message>
    <message>
        <source>Choose the state…</source>
        <translation>राज्य चुनें…</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>कंपनी का नाम(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>राज्य(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;GSTIN:</source>
        <translation>GSTIN(&amp;G):</translation>
    </message>
    <message>
        <source>Owner account</source>
        <translation>मालिक का खाता</translation>
    </message>
    <message>
        <source>The owner signs in to BoxCostPro and manages users and settings. There is no way to recover a forgotten owner password, so choose one you will remember.</source>
        <translation>मालिक BoxCostPro में साइन इन करके उपयोगकर्ताओं और सेटिंग को सँभालता है। भूला हुआ मालिक पासवर्ड वापस पाने का कोई तरीका नहीं है, इसलिए ऐसा पासवर्ड चुनें जो आपको याद रहे।</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>उपयोगकर्ता नाम(&amp;U):</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>आपका नाम(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>पासवर्ड दोबारा(&amp;R):</translation>
    </message>
    <message>
        <source>Leave empty if the shop is not registered for GST.</source>
        <translation>यदि दुकान GST में पंजीकृत नहीं है तो खाली छोड़ें।</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%2 में से %1 अक्षर</translation>
    </message>
    <message>
        <source>This GSTIN is registered in %1 (%2), not in %3.</source>
        <translation>यह GSTIN %1 (%2) में पंजीकृत है, %3 में नहीं।</translation>
    </message>
    <message>
        <source>✓ Valid GSTIN, registered in %1.</source>
        <translation>✓ सही GSTIN, %1 में पंजीकृत।</translation>
    </message>
    <message>
        <source>✓ The passwords match.</source>
        <translation>✓ पासवर्ड मेल खाते हैं।</translation>
    </message>
    <message>
        <source>The passwords do not match yet.</source>
        <translation>पासवर्ड अभी मेल नहीं खाते।</translation>
    </message>
    <message>
        <source>Enter the company name.</source>
        <translation>कंपनी का नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Choose the state the shop is registered in.</source>
        <translation>वह राज्य चुनें जिसमें दुकान पंजीकृत है।</translation>
    </message>
    <message>
        <source>A &amp;fresh shop, to start work</source>
        <translation>काम शुरू करने के लिए नई दुकान(&amp;F)</translation>
    </message>
    <message>
        <source>A &amp;demo shop with sample parties and quotes, to try BoxCostPro</source>
        <translation>BoxCostPro आज़माने के लिए नमूना पार्टियों और कोटेशन वाली डेमो दुकान(&amp;D)</translation>
    </message>
    <message>
        <source>Another shop can be set up later on a new database; the demo data stays in this one</source>
        <translation>दूसरी दुकान बाद में नए डेटाबेस पर बनाई जा सकती है; डेमो डेटा इसी में रहता है</translation>
    </message>
    <message>
        <source>Start with:</source>
        <translation>शुरुआत:</translation>
    </message>
    <message>
        <source>Demo Box Works</source>
        <translation>Demo Box Works</translation>
    </message>
</context>
<context>
    <name>bcp::ui::ShadePremiumModel</name>
    <message>
        <source>Shade</source>
        <translation>शेड</translation>
    </message>
    <message>
        <source>Shade names are matched ignoring capitals</source>
        <translation>शेड के नाम बड़े-छोटे अक्षर का ध्यान रखे बिना मिलाए जाते हैं</translation>
    </message>
    <message>
        <source>Premium ₹/kg</source>
        <translation>प्रीमियम ₹/kg</translation>
    </message>
    <message>
        <source>Added to the base price of papers of this shade</source>
        <translation>इस शेड के पेपर के बेस रेट में जोड़ा जाता है</translation>
    </message>
    <message>
        <source>New shade</source>
        <translation>नया शेड</translation>
    </message>
</context>
<context>
    <name>bcp::ui::ShopKeyDialog</name>
    <message>
        <source>&amp;Show the key</source>
        <translation>कुंजी दिखाएँ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Install on this computer</source>
        <translation>इस कंप्यूटर पर इंस्टॉल करें(&amp;I)</translation>
    </message>
    <message>
        <source>Shop key – BoxCostPro</source>
        <translation>दुकान कुंजी – BoxCostPro</translation>
    </message>
    <message>
        <source>Two-factor sign-in codes are checked with secrets sealed under the &lt;b&gt;shop key&lt;/b&gt;. Every computer that works on this shop&apos;s database needs the key in its own keychain. Read it here on a computer that has it, and enter it on one that does not. Anyone with the key and a copy of the database could read the secrets: keep it as private as a password.</source>
        <translation>दो-चरणीय साइन-इन कोड उन सीक्रेट से जाँचे जाते हैं जो &lt;b&gt;दुकान कुंजी&lt;/b&gt; के तहत सील हैं। इस दुकान के डेटाबेस पर काम करने वाले हर कंप्यूटर के अपने कीचेन में यह कुंजी होनी चाहिए। जिस कंप्यूटर में कुंजी है उस पर इसे यहाँ पढ़ें, और जिसमें नहीं है उस पर दर्ज करें। कुंजी और डेटाबेस की कॉपी वाला कोई भी व्यक्ति सीक्रेट पढ़ सकता है: इसे पासवर्ड जितना गोपनीय रखें।</translation>
    </message>
    <message>
        <source>This computer&apos;s key</source>
        <translation>इस कंप्यूटर की कुंजी</translation>
    </message>
    <message>
        <source>Enter the key shown on another computer</source>
        <translation>दूसरे कंप्यूटर पर दिखी कुंजी दर्ज करें</translation>
    </message>
    <message>
        <source>ABCD EFGH … (13 groups of four)</source>
        <translation>ABCD EFGH … (चार-चार के 13 समूह)</translation>
    </message>
    <message>
        <source>The key was copied. Clear the clipboard once it is entered on the other computer.</source>
        <translation>कुंजी कॉपी हो गई। दूसरे कंप्यूटर पर दर्ज होने के बाद क्लिपबोर्ड साफ़ करें।</translation>
    </message>
    <message>
        <source>This computer has the shop key.</source>
        <translation>इस कंप्यूटर में दुकान कुंजी है।</translation>
    </message>
    <message>
        <source>The shop has no key yet. It is made when someone first sets up two-factor sign-in, or now if you show it.</source>
        <translation>दुकान की अभी कोई कुंजी नहीं है। यह तब बनती है जब कोई पहली बार दो-चरणीय साइन-इन सेट करता है, या अभी, अगर आप इसे दिखाएँ।</translation>
    </message>
    <message>
        <source>&lt;b&gt;This computer does not have the shop key.&lt;/b&gt; Two-factor codes cannot be checked here until it is entered below.</source>
        <translation>&lt;b&gt;इस कंप्यूटर में दुकान कुंजी नहीं है।&lt;/b&gt; नीचे दर्ज होने तक यहाँ दो-चरणीय कोड जाँचे नहीं जा सकते।</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key saved on this computer is not the shop&apos;s key.&lt;/b&gt; Enter the right one below.</source>
        <translation>&lt;b&gt;इस कंप्यूटर पर सहेजी गई कुंजी दुकान की कुंजी नहीं है।&lt;/b&gt; नीचे सही कुंजी दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the shop key: 13 groups of four letters and digits.</source>
        <translation>दुकान कुंजी दर्ज करें: अक्षरों और अंकों के चार-चार के 13 समूह।</translation>
    </message>
    <message>
        <source>The shop key is installed on this computer.</source>
        <translation>दुकान कुंजी इस कंप्यूटर पर इंस्टॉल हो गई है।</translation>
    </message>
    <message>
        <source>The key is right, but the system keychain cannot be used, so it is kept only until BoxCostPro closes.</source>
        <translation>कुंजी सही है, पर सिस्टम कीचेन इस्तेमाल नहीं हो सकता, इसलिए यह केवल BoxCostPro बंद होने तक रखी जाएगी।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>साइन इन(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>सत्यापित करें(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>वापस(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Sign in – BoxCostPro</source>
        <translation>साइन इन – BoxCostPro</translation>
    </message>
    <message>
        <source>BoxCostPro</source>
        <translation>BoxCostPro</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>आगे बढ़ने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>उपयोगकर्ता नाम(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>अपना उपयोगकर्ता नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>अपना पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two-factor sign-in&lt;/b&gt;&lt;br&gt;Enter the 6-digit code your authenticator app shows for BoxCostPro, or one of your backup codes.</source>
        <translation>&lt;b&gt;दो-चरणीय साइन-इन&lt;/b&gt;&lt;br&gt;आपका ऑथेंटिकेटर ऐप BoxCostPro के लिए जो 6 अंकों का कोड दिखाता है वह दर्ज करें, या अपना कोई बैकअप कोड।</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app or a backup code.</source>
        <translation>ऑथेंटिकेटर ऐप का कोड या कोई बैकअप कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter shop &amp;key…</source>
        <translation>दुकान कुंजी दर्ज करें(&amp;K)…</translation>
    </message>
    <message>
        <source>The shop key is installed on this computer. Enter the current code again.</source>
        <translation>दुकान कुंजी इस कंप्यूटर पर इंस्टॉल हो गई है। वर्तमान कोड फिर से दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::SubscriptionActionDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (keep)</source>
        <translation>%1 (रखें)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 दिन</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 प्रति माह</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>प्लान(&amp;P)</translation>
    </message>
    <message>
        <source>At least %1 characters; kept with the subscription and in the audit log</source>
        <translation>कम से कम %1 अक्षर; सब्सक्रिप्शन के साथ और ऑडिट लॉग में रखा जाता है</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>कारण(&amp;R)</translation>
    </message>
    <message>
        <source>Start trial</source>
        <translation>ट्रायल शुरू करें</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>सक्रिय करें</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>नवीनीकरण करें</translation>
    </message>
    <message>
        <source>Cancel now</source>
        <translation>अभी रद्द करें</translation>
    </message>
    <message>
        <source>Cancel at period end</source>
        <translation>अवधि के अंत में रद्द करें</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>निलंबित करें</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>फिर से चालू करें</translation>
    </message>
    <message>
        <source>%1 gets a free trial of the chosen plan from today. No invoice is raised.</source>
        <translation>%1 को आज से चुने गए प्लान का फ़्री ट्रायल मिलेगा। कोई इनवॉइस नहीं बनेगा।</translation>
    </message>
    <message>
        <source>%1 starts a paid period of one month today. An activation invoice is raised for the plan&apos;s price (less any coupon or credit), unless the plan is free.</source>
        <translation>%1 की एक महीने की भुगतान वाली अवधि आज शुरू होगी। प्लान की कीमत (किसी कूपन या क्रेडिट को घटाकर) का एक्टिवेशन इनवॉइस बनेगा, जब तक प्लान फ़्री न हो।</translation>
    </message>
    <message>
        <source>%1 gets the next period from %2, on the newest version of %3, with a renewal invoice.</source>
        <translation>%1 को %2 से अगली अवधि %3 के नए वर्ज़न पर मिलेगी, नवीनीकरण इनवॉइस के साथ।</translation>
    </message>
    <message>
        <source>%1 is cancelled today and falls back to the Free plan at once. Nothing is refunded.</source>
        <translation>%1 आज रद्द होगा और तुरंत Free प्लान पर आ जाएगा। कुछ भी वापस नहीं किया जाएगा।</translation>
    </message>
    <message>
        <source>%1 keeps %2 until %3, then its subscription ends. This can be withdrawn with Reactivate until then.</source>
        <translation>%1 के पास %3 तक %2 रहेगा, फिर उसका सब्सक्रिप्शन खत्म होगा। तब तक इसे फिर से चालू करें से वापस लिया जा सकता है।</translation>
    </message>
    <message>
        <source>%1 may use nothing until it is reactivated: every user of the shop is refused.</source>
        <translation>%1 फिर से चालू होने तक कुछ भी इस्तेमाल नहीं कर सकेगा: दुकान के हर उपयोगकर्ता को मना कर दिया जाएगा।</translation>
    </message>
    <message>
        <source>%1 gets back the status it had before the suspension.</source>
        <translation>%1 को निलंबन से पहले वाली स्थिति वापस मिलेगी।</translation>
    </message>
    <message>
        <source>%1&apos;s cancellation at period end is withdrawn: the subscription carries on.</source>
        <translation>%1 का अवधि के अंत में रद्द होना वापस लिया गया: सब्सक्रिप्शन जारी रहेगा।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::SubscriptionListModel</name>
    <message>
        <source>Shop</source>
        <translation>दुकान</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>No subscription yet: a Pro trial from the shop&apos;s creation, then Free</source>
        <translation>अभी कोई सब्सक्रिप्शन नहीं: दुकान बनने से Pro ट्रायल, फिर Free</translation>
    </message>
    <message>
        <source>Cancels at the end of the period</source>
        <translation>अवधि के अंत में रद्द होगा</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <source>%1, cancels</source>
        <translation>%1, रद्द होगा</translation>
    </message>
</context>
<context>
    <name>bcp::ui::SubscriptionPage</name>
    <message>
        <source>Subscription</source>
        <translation>सब्सक्रिप्शन</translation>
    </message>
    <message>
        <source>Your plan, what it allows and how much of it this period has used.</source>
        <translation>आपका प्लान, इसमें क्या मिलता है और इस अवधि में कितना इस्तेमाल हुआ।</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>कूपन</translation>
    </message>
    <message>
        <source>A coupon code from BoxCostPro is taken off your next invoice.</source>
        <translation>BoxCostPro का कूपन कोड आपके अगले इनवॉइस से घटाया जाता है।</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>कूपन कोड</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>लगाएँ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>कोड(&amp;C)</translation>
    </message>
    <message>
        <source>The shop&apos;s owner or an admin can apply a coupon code.</source>
        <translation>दुकान का मालिक या एडमिन कूपन कोड लगा सकता है।</translation>
    </message>
    <message>
        <source>Usage this period</source>
        <translation>इस अवधि का उपयोग</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>फ़ीचर</translation>
    </message>
    <message>
        <source>Trial until %1</source>
        <translation>%1 तक ट्रायल</translation>
    </message>
    <message>
        <source>%1 – ends on %2</source>
        <translation>%1 – %2 को खत्म होगा</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>अवधि: %1 से %2</translation>
    </message>
    <message>
        <source>%1 a month, plus GST</source>
        <translation>%1 प्रति माह, और GST</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>निःशुल्क</translation>
    </message>
    <message>
        <source>Credit of %1 from an earlier plan change.</source>
        <translation>पिछले प्लान बदलाव से %1 का क्रेडिट।</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off.</source>
        <translation>कूपन %1: %2 छूट।</translation>
    </message>
    <message>
        <source>Next invoice: %1</source>
        <translation>अगला इनवॉइस: %1</translation>
    </message>
    <message>
        <source>%1 %2, no limit</source>
        <translation>%1 %2, कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Your plan has no limits to count.</source>
        <translation>आपके प्लान में गिनने के लिए कोई सीमा नहीं है।</translation>
    </message>
    <message>
        <source>Coupon %1 applied: %2 off your next invoice.</source>
        <translation>कूपन %1 लगाया गया: आपके अगले इनवॉइस पर %2 छूट।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::SubscriptionsPane</name>
    <message>
        <source>Subscriptions</source>
        <translation>सब्सक्रिप्शन</translation>
    </message>
    <message>
        <source>Every shop&apos;s plan and billing period. Actions ask before they change anything.</source>
        <translation>हर दुकान का प्लान और बिलिंग अवधि। कोई भी बदलाव करने से पहले कार्य पूछते हैं।</translation>
    </message>
    <message>
        <source>Search shop name</source>
        <translation>दुकान का नाम खोजें</translation>
    </message>
    <message>
        <source>Any plan</source>
        <translation>कोई भी प्लान</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Clear every filter and the search</source>
        <translation>हर फ़िल्टर और खोज साफ़ करें</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>प्लान(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>स्थिति(&amp;S)</translation>
    </message>
    <message>
        <source>Unti&amp;l</source>
        <translation>तक(&amp;L)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Trial until</source>
        <translation>ट्रायल कब तक</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>क्रेडिट</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>कूपन</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>आख़िरी बदलाव</translation>
    </message>
    <message>
        <source>C&amp;hange plan…</source>
        <translation>प्लान बदलें(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>नवीनीकरण करें(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>सक्रिय करें(&amp;A)…</translation>
    </message>
    <message>
        <source>Start &amp;trial…</source>
        <translation>ट्रायल शुरू करें(&amp;T)…</translation>
    </message>
    <message>
        <source>Cancel at period &amp;end…</source>
        <translation>अवधि के अंत में रद्द करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel &amp;now…</source>
        <translation>अभी रद्द करें(&amp;N)…</translation>
    </message>
    <message>
        <source>S&amp;uspend…</source>
        <translation>निलंबित करें(&amp;U)…</translation>
    </message>
    <message>
        <source>Reacti&amp;vate…</source>
        <translation>फिर से चालू करें(&amp;V)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>For</source>
        <translation>किसके लिए</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF सहेजें(&amp;D)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>फ़ीचर</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>मिलता है</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Add &amp;override…</source>
        <translation>ओवरराइड जोड़ें(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>हटाएँ(&amp;M)…</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>ओवरराइड</translation>
    </message>
    <message>
        <source>MRR %1 · %2 shops</source>
        <translation>MRR %1 · %2 दुकानें</translation>
    </message>
    <message>
        <source>Choose a shop</source>
        <translation>एक दुकान चुनें</translation>
    </message>
    <message>
        <source>%1, version %2 – %3 a month</source>
        <translation>%1, वर्ज़न %2 – %3 प्रति माह</translation>
    </message>
    <message>
        <source>%1 (no subscription yet)</source>
        <translation>%1 (अभी कोई सब्सक्रिप्शन नहीं)</translation>
    </message>
    <message>
        <source>%1, cancels at period end</source>
        <translation>%1, अवधि के अंत में रद्द होगा</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 से %2</translation>
    </message>
    <message>
        <source>%1, %2 off the next invoice</source>
        <translation>%1, अगले इनवॉइस पर %2 छूट</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2 द्वारा</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>अनुमति है</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>अनुमति नहीं</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (%2 के लिए)</translation>
    </message>
    <message>
        <source>%1 – set by %2</source>
        <translation>%1 – %2 द्वारा सेट</translation>
    </message>
    <message>
        <source>%1 has an override for %2 until %3.</source>
        <translation>%1 के पास %3 तक %2 का ओवरराइड है।</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>ओवरराइड हटाएँ</translation>
    </message>
    <message>
        <source>Remove the override for %1? %2 goes back to what its plan allows.</source>
        <translation>%1 का ओवरराइड हटाएँ? %2 फिर से वही पाएगा जो उसका प्लान देता है।</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Override for %1 removed.</source>
        <translation>%1 का ओवरराइड हटाया गया।</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Invoice saved as %1.</source>
        <translation>इनवॉइस %1 के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>Save invoice %1</source>
        <translation>इनवॉइस %1 सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>%1: %2 done, now %3 on %4.</source>
        <translation>%1: %2 हो गया, अब %4 पर %3।</translation>
    </message>
    <message>
        <source>Invoice %1 for %2.</source>
        <translation>%2 के लिए इनवॉइस %1।</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3.</source>
        <translation>%1, %2 से %3 पर गया।</translation>
    </message>
    <message>
        <source>Credit for the next invoice: %1.</source>
        <translation>अगले इनवॉइस के लिए क्रेडिट: %1।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::TicketListModel</name>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>अनुरोधकर्ता</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>असाइनी</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अपडेट</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>बिना असाइन</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>पहला जवाब</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>समाधान</translation>
    </message>
    <message>
        <source>%1 due %2 (%3)</source>
        <translation>%1 की अंतिम तिथि %2 (%3)</translation>
    </message>
</context>
<context>
    <name>bcp::ui::TicketNotifier</name>
    <message>
        <source>BoxCostPro tickets</source>
        <translation>BoxCostPro टिकट</translation>
    </message>
    <message>
        <source>%1 needs a first response within %2: %3</source>
        <translation>%1 को %2 के भीतर पहला जवाब चाहिए: %3</translation>
    </message>
    <message>
        <source>%1 must be resolved within %2: %3</source>
        <translation>%1 को %2 के भीतर हल करना है: %3</translation>
    </message>
    <message>
        <source>Ticket about to breach its SLA</source>
        <translation>टिकट का SLA पार होने वाला है</translation>
    </message>
    <message>
        <source>Ticket nearing its SLA</source>
        <translation>टिकट SLA के करीब है</translation>
    </message>
</context>
<context>
    <name>bcp::ui::TicketSettingsDialog</name>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Support settings</source>
        <translation>सपोर्ट सेटिंग</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>पहला जवाब</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>समाधान</translation>
    </message>
    <message>
        <source>Escalate after</source>
        <translation>इसके बाद एस्केलेट करें</translation>
    </message>
    <message>
        <source>&amp;Save SLA rules</source>
        <translation>SLA नियम सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Minutes from when a ticket is raised. New tickets and priority changes use the new times; tickets already open keep theirs.</source>
        <translation>टिकट बनने के समय से मिनट। नए टिकट और प्राथमिकता बदलाव नए समय इस्तेमाल करते हैं; पहले से खुले टिकट अपने समय रखते हैं।</translation>
    </message>
    <message>
        <source>SLA &amp;rules</source>
        <translation>SLA नियम(&amp;R)</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>श्रेणी का नाम</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>नाम बदलें(&amp;N)</translation>
    </message>
    <message>
        <source>Switch &amp;off / on</source>
        <translation>बंद / चालू करें(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>श्रेणियाँ(&amp;C)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>खुले टिकट</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>क्षमता</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <source>Sa&amp;ve agents</source>
        <translation>एजेंट सहेजें(&amp;V)</translation>
    </message>
    <message>
        <source>New tickets go to the available agent with the fewest open tickets, never beyond an agent&apos;s capacity.</source>
        <translation>नए टिकट उस उपलब्ध एजेंट को जाते हैं जिसके सबसे कम टिकट खुले हैं, एजेंट की क्षमता से ज़्यादा कभी नहीं।</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>एजेंट(&amp;G)</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (बंद)</translation>
    </message>
    <message>
        <source>%1 priority: %2</source>
        <translation>%1 प्राथमिकता: %2</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>सहेजने को कुछ नहीं है।</translation>
    </message>
    <message>
        <source>SLA rules saved.</source>
        <translation>SLA नियम सहेजे गए।</translation>
    </message>
    <message>
        <source>Category %1 added.</source>
        <translation>श्रेणी %1 जोड़ी गई।</translation>
    </message>
    <message>
        <source>Category renamed to %1.</source>
        <translation>श्रेणी का नाम बदलकर %1 किया गया।</translation>
    </message>
    <message>
        <source>%1 can be chosen again.</source>
        <translation>%1 फिर से चुनी जा सकती है।</translation>
    </message>
    <message>
        <source>%1 is no longer offered for new tickets.</source>
        <translation>%1 अब नए टिकटों के लिए उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agents saved.</source>
        <translation>एजेंट सहेजे गए।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::TicketView</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 बाइट</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Choose a ticket in the list to see its conversation.</source>
        <translation>बातचीत देखने के लिए सूची में कोई टिकट चुनें।</translation>
    </message>
    <message>
        <source>Reply to requester</source>
        <translation>अनुरोधकर्ता को जवाब</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>आंतरिक नोट</translation>
    </message>
    <message>
        <source>Requester&apos;s message</source>
        <translation>अनुरोधकर्ता का संदेश</translation>
    </message>
    <message>
        <source>Replies and the requester&apos;s messages are part of the requester&apos;s copy; internal notes never are. Use &quot;Requester&apos;s message&quot; to record what a customer said on the phone.</source>
        <translation>जवाब और अनुरोधकर्ता के संदेश अनुरोधकर्ता की प्रति का हिस्सा होते हैं; आंतरिक नोट कभी नहीं। ग्राहक ने फ़ोन पर जो कहा उसे दर्ज करने के लिए &quot;अनुरोधकर्ता का संदेश&quot; इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>जवाब भेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>लगाएँ(&amp;A)</translation>
    </message>
    <message>
        <source>Resolution note (at least %1 characters, the requester sees it):</source>
        <translation>समाधान नोट (कम से कम %1 अक्षर, अनुरोधकर्ता इसे देखेगा):</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>इसे कैसे हल किया गया?</translation>
    </message>
    <message>
        <source>Take &amp;it</source>
        <translation>इसे लें(&amp;I)</translation>
    </message>
    <message>
        <source>Assign this ticket to yourself</source>
        <translation>यह टिकट ख़ुद को सौंपें</translation>
    </message>
    <message>
        <source>comma-separated, e.g. lot-42, print</source>
        <translation>कॉमा से अलग, जैसे lot-42, print</translation>
    </message>
    <message>
        <source>Internal (with the notes)</source>
        <translation>आंतरिक (नोट के साथ)</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>फ़ाइल अटैच करें(&amp;F)…</translation>
    </message>
    <message>
        <source>Images, PDF, text and office documents up to %1 MB</source>
        <translation>इमेज, PDF, टेक्स्ट और ऑफ़िस दस्तावेज़, %1 MB तक</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>इस रूप में सहेजें(&amp;V)…</translation>
    </message>
    <message>
        <source>Requester&apos;s &amp;copy…</source>
        <translation>अनुरोधकर्ता की प्रति(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the conversation as the requester may see it: without internal notes or files</source>
        <translation>बातचीत को वैसे सहेजें जैसे अनुरोधकर्ता देख सकता है: आंतरिक नोट या फ़ाइलों के बिना</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>स्थिति:</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>इस पर ले जाएँ(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>प्राथमिकता(&amp;P):</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>असाइनी(&amp;G):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>टैग(&amp;G):</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>अटैचमेंट:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>कोटेशन</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>श्रेणी: %1</translation>
    </message>
    <message>
        <source>Raised %1 by %2</source>
        <translation>%1 को %2 ने बनाया</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>बिना असाइन</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>%1 को जवाब दिया</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>देय %1</translation>
    </message>
    <message>
        <source> (internal)</source>
        <translation> (आंतरिक)</translation>
    </message>
    <message>
        <source>Added by %1 on %2 · %3</source>
        <translation>%2 को %1 ने जोड़ा · %3</translation>
    </message>
    <message>
        <source>This ticket is closed: it can be read and its files saved, but not changed.</source>
        <translation>यह टिकट बंद है: इसे पढ़ा और इसकी फ़ाइलें सहेजी जा सकती हैं, पर बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>raised the ticket</source>
        <translation>ने टिकट बनाया</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>कोई विवरण नहीं</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>ने जवाब दिया</translation>
    </message>
    <message>
        <source>wrote (taken down by %1)</source>
        <translation>ने लिखा (%1 ने दर्ज किया)</translation>
    </message>
    <message>
        <source>resolved the ticket</source>
        <translation>ने टिकट हल किया</translation>
    </message>
    <message>
        <source>added a note</source>
        <translation>ने नोट जोड़ा</translation>
    </message>
    <message>
        <source>INTERNAL NOTE</source>
        <translation>आंतरिक नोट</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>नोट जोड़ें(&amp;N)</translation>
    </message>
    <message>
        <source>Add &amp;message</source>
        <translation>संदेश जोड़ें(&amp;M)</translation>
    </message>
    <message>
        <source>Internal note: only support staff see it</source>
        <translation>आंतरिक नोट: केवल सपोर्ट स्टाफ़ इसे देखता है</translation>
    </message>
    <message>
        <source>What the requester said (phone, e-mail, visit)</source>
        <translation>अनुरोधकर्ता ने क्या कहा (फ़ोन, ई-मेल, मुलाक़ात)</translation>
    </message>
    <message>
        <source>Reply to the requester</source>
        <translation>अनुरोधकर्ता को जवाब दें</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>नोट जोड़ा गया।</translation>
    </message>
    <message>
        <source>Message added.</source>
        <translation>संदेश जोड़ा गया।</translation>
    </message>
    <message>
        <source>Ticket %1 is now %2.</source>
        <translation>टिकट %1 अब %2 है।</translation>
    </message>
    <message>
        <source>Priority set to %1; the SLA due times were recalculated.</source>
        <translation>प्राथमिकता %1 की गई; SLA देय समय फिर से गिने गए।</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>%1 को सौंपा गया।</translation>
    </message>
    <message>
        <source>The ticket is unassigned.</source>
        <translation>टिकट किसी को सौंपा नहीं गया है।</translation>
    </message>
    <message>
        <source>The ticket is yours.</source>
        <translation>टिकट अब आपका है।</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>टैग सहेजे गए।</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; attachments may be at most %2 MB each</source>
        <translation>%1 %2 MB से बड़ी है; हर अटैचमेंट अधिकतम %2 MB का हो सकता है</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 attached.</source>
        <translation>%1 अटैच किया गया।</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजी गई।</translation>
    </message>
    <message>
        <source>The requester&apos;s copy was saved to %1.</source>
        <translation>अनुरोधकर्ता की प्रति %1 में सहेजी गई।</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>फ़ाइल अटैच करें</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>अटैचमेंट सहेजें</translation>
    </message>
    <message>
        <source>Save the requester&apos;s copy</source>
        <translation>अनुरोधकर्ता की प्रति सहेजें</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>टेक्स्ट फ़ाइलें (*.txt)</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (अनुपस्थित)</translation>
    </message>
    <message>
        <source>done %1 (due %2)</source>
        <translation>%1 को पूरा (देय %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;SLA&lt;/b&gt; &amp;nbsp;%1 %2&lt;br&gt;First response %3&lt;br&gt;Resolution %4</source>
        <translation>&lt;b&gt;SLA&lt;/b&gt; &amp;nbsp;%1 %2&lt;br&gt;पहला जवाब %3&lt;br&gt;समाधान %4</translation>
    </message>
    <message>
        <source>First response due %1, resolution due %2, escalation at %3</source>
        <translation>पहला जवाब %1 तक देय, समाधान %2 तक देय, एस्केलेशन %3 पर</translation>
    </message>
</context>
<context>
    <name>bcp::ui::TicketsPane</name>
    <message>
        <source>Tickets</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Customer complaints and questions, with their SLA: the badge shows the time left to answer or resolve.</source>
        <translation>ग्राहकों की शिकायतें और सवाल, उनके SLA के साथ: बैज जवाब देने या हल करने का बचा समय दिखाता है।</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>नया टिकट(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Support se&amp;ttings…</source>
        <translation>सपोर्ट सेटिंग(&amp;T)…</translation>
    </message>
    <message>
        <source>I take new tickets</source>
        <translation>मैं नए टिकट लेता/लेती हूँ</translation>
    </message>
    <message>
        <source>Untick while you are away: new tickets then go to the other agents</source>
        <translation>बाहर होने पर टिक हटाएँ: तब नए टिकट दूसरे एजेंटों को जाएँगे</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>मेरे(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>बिना असाइन(&amp;U)</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>सभी खुले</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>कोई भी प्राथमिकता</translation>
    </message>
    <message>
        <source>&amp;Breached</source>
        <translation>SLA पार(&amp;B)</translation>
    </message>
    <message>
        <source>Search number, subject, requester, quote</source>
        <translation>नंबर, विषय, अनुरोधकर्ता, कोटेशन खोजें</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>स्थिति(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>प्राथमिकता(&amp;P)</translation>
    </message>
    <message>
        <source>%1 passed its escalation time and was escalated.</source>
        <translation>%1 का एस्केलेशन समय निकल गया और इसे एस्केलेट किया गया।</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets passed their escalation time and were escalated.</source>
        <translation>
            <numerusform>%n टिकटों का एस्केलेशन समय निकल गया और उन्हें एस्केलेट किया गया।</numerusform>
            <numerusform>%n टिकटों का एस्केलेशन समय निकल गया और उन्हें एस्केलेट किया गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was raised and assigned to %2.</source>
        <translation>%1 दर्ज हुआ और %2 को असाइन किया गया।</translation>
    </message>
    <message>
        <source>%1 was raised; no agent is free, so it waits unassigned.</source>
        <translation>%1 दर्ज हुआ; कोई एजेंट खाली नहीं है, इसलिए यह बिना असाइन किए प्रतीक्षा में है।</translation>
    </message>
    <message>
        <source>New tickets may be assigned to you again.</source>
        <translation>नए टिकट अब फिर से आपको असाइन हो सकते हैं।</translation>
    </message>
    <message>
        <source>New tickets go to the other agents until you tick this again.</source>
        <translation>जब तक आप इसे फिर टिक नहीं करते, नए टिकट दूसरे एजेंटों को जाएँगे।</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets shown; scroll for more</source>
        <translation>
            <numerusform>%n टिकट दिखाए गए; और के लिए स्क्रॉल करें</numerusform>
            <numerusform>%n टिकट दिखाए गए; और के लिए स्क्रॉल करें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n past their SLA</source>
        <translation>
            <numerusform> · %n SLA से आगे</numerusform>
            <numerusform> · %n SLA से आगे</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Clear every filter and the search</source>
        <translation>हर फ़िल्टर और खोज साफ़ करें</translation>
    </message>
    <message>
        <source>&amp;Raised</source>
        <translation>बनाया गया(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>तक(&amp;T)</translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation>1 टिकट</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n टिकट</numerusform>
            <numerusform>%n टिकट</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bcp::ui::TotpEnrolmentDialog</name>
    <message>
        <source>Two-factor sign-in – BoxCostPro</source>
        <translation>दो-चरणीय साइन-इन – BoxCostPro</translation>
    </message>
    <message>
        <source>Your shop requires two-factor sign-in for your role. </source>
        <translation>आपकी दुकान आपकी भूमिका के लिए दो-चरणीय साइन-इन ज़रूरी करती है। </translation>
    </message>
    <message>
        <source>&lt;b&gt;Set up two-factor sign-in&lt;/b&gt;&lt;br&gt;%1After your password, BoxCostPro will also ask for a code from an authenticator app on your phone.</source>
        <translation>&lt;b&gt;दो-चरणीय साइन-इन सेट करें&lt;/b&gt;&lt;br&gt;%1पासवर्ड के बाद BoxCostPro आपके फ़ोन के ऑथेंटिकेटर ऐप का कोड भी माँगेगा।</translation>
    </message>
    <message>
        <source>1. Open an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or FreeOTP).&lt;br&gt;&lt;br&gt;2. Add an account and scan the QR code, or type in this key:</source>
        <translation>1. अपने फ़ोन पर ऑथेंटिकेटर ऐप खोलें (जैसे Google Authenticator, Microsoft Authenticator या FreeOTP)।&lt;br&gt;&lt;br&gt;2. एक खाता जोड़ें और QR कोड स्कैन करें, या यह की (key) टाइप करें:</translation>
    </message>
    <message>
        <source>Copy &amp;key</source>
        <translation>की कॉपी करें(&amp;K)</translation>
    </message>
    <message>
        <source>3. Enter the 6-digit &amp;code the app shows now:</source>
        <translation>3. ऐप अभी जो 6 अंकों का कोड दिखा रहा है वह दर्ज करें(&amp;C):</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>पुष्टि करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two-factor sign-in is on.&lt;/b&gt; Now keep your backup codes.</source>
        <translation>&lt;b&gt;दो-चरणीय साइन-इन चालू है।&lt;/b&gt; अब अपने बैकअप कोड सँभाल कर रखें।</translation>
    </message>
    <message>
        <source>Store these codes now: they are shown only this once. Each code signs you in once if your phone is lost or replaced. Print them or copy them to a safe place, away from this computer.</source>
        <translation>ये कोड अभी सुरक्षित रखें: ये सिर्फ़ इसी बार दिखाए जाते हैं। फ़ोन खो जाने या बदलने पर हर कोड से एक बार साइन इन होता है। इन्हें प्रिंट करें या इस कंप्यूटर से दूर किसी सुरक्षित जगह कॉपी करें।</translation>
    </message>
    <message>
        <source>Cop&amp;y to clipboard</source>
        <translation>क्लिपबोर्ड पर कॉपी करें(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें(&amp;P)…</translation>
    </message>
    <message>
        <source>I have &amp;stored these codes in a safe place</source>
        <translation>मैंने ये कोड सुरक्षित जगह रख लिए हैं(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>हो गया(&amp;D)</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows.</source>
        <translation>ऑथेंटिकेटर ऐप में दिख रहा 6 अंकों का कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>BoxCostPro backup codes for %1</source>
        <translation>%1 के लिए BoxCostPro बैकअप कोड</translation>
    </message>
    <message>
        <source>Each code can be used once, instead of the authenticator app&apos;s code.</source>
        <translation>ऑथेंटिकेटर ऐप के कोड के बदले हर कोड एक बार इस्तेमाल हो सकता है।</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>कॉपी हुआ ✓</translation>
    </message>
    <message>
        <source>Print backup codes</source>
        <translation>बैकअप कोड प्रिंट करें</translation>
    </message>
    <message>
        <source>BoxCostPro backup codes</source>
        <translation>BoxCostPro बैकअप कोड</translation>
    </message>
    <message>
        <source>For %1. Each code can be used once, instead of the authenticator app&apos;s code.</source>
        <translation>%1 के लिए। ऑथेंटिकेटर ऐप के कोड के बदले हर कोड एक बार इस्तेमाल हो सकता है।</translation>
    </message>
    <message>
        <source>Enter shop &amp;key…</source>
        <translation>दुकान कुंजी दर्ज करें(&amp;K)…</translation>
    </message>
    <message>
        <source>The shop key is installed on this computer. Scan the code to continue.</source>
        <translation>दुकान कुंजी इस कंप्यूटर पर इंस्टॉल हो गई है। आगे बढ़ने के लिए कोड स्कैन करें।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::UnlockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें(&amp;U)</translation>
    </message>
    <message>
        <source>BoxCostPro is locked</source>
        <translation>BoxCostPro लॉक है</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>अपना पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>साइन आउट करें(&amp;S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlock BoxCostPro&lt;/b&gt;</source>
        <translation>&lt;b&gt;BoxCostPro अनलॉक करें&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to continue where you left off.</source>
        <translation>%1 के रूप में साइन इन। जहाँ छोड़ा था वहीं से जारी रखने के लिए अपना पासवर्ड दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::UsageBar</name>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (कोई सीमा नहीं)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
</context>
<context>
    <name>bcp::ui::UserDialog</name>
    <message>
        <source>Add user – BoxCostPro</source>
        <translation>उपयोगकर्ता जोड़ें – BoxCostPro</translation>
    </message>
    <message>
        <source>Edit user – BoxCostPro</source>
        <translation>उपयोगकर्ता संपादित करें – BoxCostPro</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>बनाएँ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>उपयोगकर्ता नाम(&amp;U):</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>पूरा नाम(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ई-मेल(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>भूमिका(&amp;R):</translation>
    </message>
    <message>
        <source>One-time &amp;password:</source>
        <translation>एक-बार का पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>उपयोगकर्ता नाम:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>भूमिका:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>उपयोगकर्ता जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;New user&lt;/b&gt;&lt;br&gt;They sign in with the one-time password below and then choose their own.</source>
        <translation>&lt;b&gt;नया उपयोगकर्ता&lt;/b&gt;&lt;br&gt;वे नीचे दिए एक-बार के पासवर्ड से साइन इन करेंगे और फिर अपना पासवर्ड चुनेंगे।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edit %1&lt;/b&gt;&lt;br&gt;The role is changed with “Change role” in the list.</source>
        <translation>&lt;b&gt;%1 संपादित करें&lt;/b&gt;&lt;br&gt;भूमिका सूची में “भूमिका बदलें” से बदली जाती है।</translation>
    </message>
</context>
<context>
    <name>bcp::ui::UsersModel</name>
    <message>
        <source>Disabled</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>%1 तक लॉक</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>On</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Locked after too many failed sign-ins. It unlocks by itself at %1, or use Unlock.</source>
        <translation>बहुत अधिक असफल साइन-इन के बाद लॉक। यह %1 पर अपने-आप अनलॉक होगा, या अनलॉक करें इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Must choose a new password at the next sign-in.</source>
        <translation>अगली बार साइन इन पर नया पासवर्ड चुनना होगा।</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>दो-चरणीय</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>पिछला साइन-इन</translation>
    </message>
</context>
<context>
    <name>bcp::ui::UsersPane</name>
    <message>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Everyone who can sign in to this shop, their role and how they sign in.</source>
        <translation>इस दुकान में साइन इन कर सकने वाले सभी लोग, उनकी भूमिका और वे कैसे साइन इन करते हैं।</translation>
    </message>
    <message>
        <source>Search name, user name or e-mail</source>
        <translation>नाम, उपयोगकर्ता नाम या ई-मेल खोजें</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>सभी भूमिकाएँ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>लॉक</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>निष्क्रिय करें(&amp;D)</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>पासवर्ड रीसेट करें(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें(&amp;U)</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>भूमिका बदलें(&amp;R)…</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <source>Owners and admins who have not set it up are asked to at their next sign-in.</source>
        <translation>जिन मालिकों और एडमिन ने इसे सेट नहीं किया है, उनसे अगली बार साइन इन पर कहा जाएगा।</translation>
    </message>
    <message>
        <source>Only a user who may edit the shop&apos;s settings can change this.</source>
        <translation>इसे केवल वही उपयोगकर्ता बदल सकता है जिसे दुकान की सेटिंग संपादित करने की अनुमति है।</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 उपयोगकर्ता</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Use the Account menu for your own account.</source>
        <translation>अपने खाते के लिए खाता मेनू का उपयोग करें।</translation>
    </message>
    <message>
        <source>Added %1. Give them the one-time password %2; they choose their own at the first sign-in.</source>
        <translation>%1 जोड़ा गया। उन्हें एक-बार का पासवर्ड %2 दें; पहली बार साइन इन पर वे अपना पासवर्ड चुनेंगे।</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजा गया।</translation>
    </message>
    <message>
        <source>Enabled %1: they can sign in again.</source>
        <translation>%1 सक्रिय किया गया: वे फिर से साइन इन कर सकते हैं।</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>उपयोगकर्ता निष्क्रिय करें</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in. Their quotes, invoices and history stay as they are.</source>
        <translation>%1 को निष्क्रिय करें? वे अब साइन इन नहीं कर पाएँगे। उनके कोटेशन, इनवॉइस और इतिहास जैसे हैं वैसे ही रहेंगे।</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 निष्क्रिय किया गया।</translation>
    </message>
    <message>
        <source>Reset the password of %1. Give them the one-time password %2; they must choose their own at the next sign-in.</source>
        <translation>%1 का पासवर्ड रीसेट हुआ। उन्हें एक-बार का पासवर्ड %2 दें; अगली बार साइन इन पर उन्हें अपना पासवर्ड चुनना होगा।</translation>
    </message>
    <message>
        <source>Unlocked %1: they can sign in again.</source>
        <translation>%1 अनलॉक किया गया: वे फिर से साइन इन कर सकते हैं।</translation>
    </message>
    <message>
        <source>Reset two-factor sign-in</source>
        <translation>दो-चरणीय साइन-इन रीसेट करें</translation>
    </message>
    <message>
        <source>Reset two-factor sign-in for %1? Their authenticator app and backup codes stop working, and they sign in with their password until they set it up again.</source>
        <translation>%1 का दो-चरणीय साइन-इन रीसेट करें? उनका ऑथेंटिकेटर ऐप और बैकअप कोड काम करना बंद कर देंगे, और दोबारा सेट करने तक वे केवल पासवर्ड से साइन इन करेंगे।</translation>
    </message>
    <message>
        <source>&amp;Reset two-factor</source>
        <translation>दो-चरणीय रीसेट करें(&amp;R)</translation>
    </message>
    <message>
        <source>Two-factor sign-in of %1 was reset.</source>
        <translation>%1 का दो-चरणीय साइन-इन रीसेट किया गया।</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>भूमिका बदलें</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>%1 की नई भूमिका:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>भूमिका बदलें(&amp;C)</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 अब %2 है।</translation>
    </message>
    <message>
        <source>Two-factor sign-in is now required for owners and admins.</source>
        <translation>मालिकों और एडमिन के लिए अब दो-चरणीय साइन-इन ज़रूरी है।</translation>
    </message>
    <message>
        <source>Two-factor sign-in is no longer required.</source>
        <translation>दो-चरणीय साइन-इन अब ज़रूरी नहीं है।</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>नया उपयोगकर्ता(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a user who can sign in to this shop (Ctrl+N)</source>
        <translation>ऐसा उपयोगकर्ता जोड़ें जो इस दुकान में साइन इन कर सके (Ctrl+N)</translation>
    </message>
    <message>
        <source>Reset t&amp;wo-factor…</source>
        <translation>दो-चरणीय रीसेट करें(&amp;W)…</translation>
    </message>
    <message>
        <source>Re&amp;quire two-factor sign-in for owners and admins</source>
        <translation>मालिकों और एडमिन के लिए दो-चरणीय साइन-इन ज़रूरी करें(&amp;Q)</translation>
    </message>
    <message>
        <source>Shop &amp;key…</source>
        <translation>दुकान कुंजी(&amp;K)…</translation>
    </message>
    <message>
        <source>Other computers on this shop&apos;s database need the shop key to check two-factor codes.</source>
        <translation>इस दुकान के डेटाबेस पर दूसरे कंप्यूटरों को दो-चरणीय कोड जाँचने के लिए दुकान कुंजी चाहिए।</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>चालू करें(&amp;B)</translation>
    </message>
</context>
</TS>
