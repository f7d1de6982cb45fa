package dev.marshall.testing;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** The IATI 2.03 activities schema (a copy in the test resources), for tests that validate emitted XML. */
public final class IatiSchema {
    private static final Schema SCHEMA = schema();

    private IatiSchema() {}

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // The schema includes iati-common.xsd and imports xml.xsd beside it; nothing else may be fetched.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            URL xsd = IatiSchema.class.getResource("/iati-2.03/iati-activities-schema.xsd");
            if (xsd == null) throw new IllegalStateException("iati-2.03/iati-activities-schema.xsd is missing from test resources");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Throws when the text is not well-formed XML or not valid against the schema. */
    public static void validate(String xml) throws SAXException, IOException {
        Validator validator = SCHEMA.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new StringReader(xml)));
    }
}
