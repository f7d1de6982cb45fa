package dev.marshall.emit.text;

import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * XML built as a DOM and serialised by the JDK's transformer, so escaping and
 * well-formedness are the XML library's job, never string concatenation.
 */
public final class XmlDocuments {
    private XmlDocuments() {}

    public static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            document.setXmlStandalone(true);
            return document;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not available", e);
        }
    }

    /** Appends a child element with attributes given as name, value pairs (null values are left out). */
    public static Element element(Element parent, String name, String... attributes) {
        Element child = parent.getOwnerDocument().createElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) child.setAttribute(attributes[i], attributes[i + 1]);
        }
        parent.appendChild(child);
        return child;
    }

    /** Indented UTF-8 text with an XML declaration and a final line break. */
    public static String serialise(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute("indent-number", 2);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            String text = out.toString();
            // The JDK writes the declaration and the root element on one line; readers expect a line break.
            text = text.replaceFirst("^(<\\?xml[^>]*\\?>)(?!\\R)", "$1\n");
            return text.endsWith("\n") ? text : text + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise XML", e);
        }
    }
}
