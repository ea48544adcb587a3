package org.parley.graphql;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Counts the SQL statements of a request that asked for {@code extensions.cost} (see {@link CostMeter}); the SQL itself is left as it is. */
@PersistenceUnitExtension
public class SqlStatementCounter implements StatementInspector {

    @Override
    public String inspect(String sql) {
        CostMeter meter = CostMeter.current();
        if (meter != null) {
            meter.statementPrepared();
        }
        return sql;
    }
}
