#include "export/DatabaseTable.h"

namespace callrail {

QString TableLoader::quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QStringList TableLoader::keyColumns(bool byAccount)
{
    QStringList key;
    if (byAccount)
        key << quoted(accountColumn());
    key << quoted(QStringLiteral("id"));
    return key;
}

QStringList TableLoader::newTableColumns(const QStringList &columns, const QList<ColumnType> &types,
                                         bool keyedByAccount,
                                         const std::function<QString(ColumnType)> &typeName)
{
    const QString notNullText = typeName(ColumnType::Text) + QStringLiteral(" NOT NULL");
    QStringList definitions;
    if (keyedByAccount)
        definitions << quoted(accountColumn()) + QLatin1Char(' ') + notNullText;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const bool id = columns.at(c) == QLatin1String("id");
        definitions << quoted(columns.at(c)) + QLatin1Char(' ') +
                           (id ? notNullText : typeName(types.value(c)));
    }
    definitions << quoted(extractedAtColumn()) + QLatin1Char(' ') + typeName(ColumnType::Timestamp) +
                       QStringLiteral(" NOT NULL");
    return definitions;
}

} // namespace callrail
