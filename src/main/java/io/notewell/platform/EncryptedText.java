package io.notewell.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a string attribute encrypted with {@link FieldCipher}; use with {@code @Convert(converter = EncryptedText.class)}. */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return cipher().encrypt(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher().decrypt(stored);
    }

    /** Looked up once per converter: a lookup through CDI.current() on every value was an eighth of listing sessions. */
    private volatile FieldCipher cipher;

    private FieldCipher cipher() {
        FieldCipher found = cipher;
        if (found == null) {
            found = CDI.current().select(FieldCipher.class).get();
            cipher = found;
        }
        return found;
    }
}
