package org.parley.position;

import jakarta.persistence.Entity;
import org.parley.core.DatasetRecord;

/** A subject positions are about, from a small controlled list. */
@Entity
public class Topic extends DatasetRecord {

    public String name;
    public String description;
}
