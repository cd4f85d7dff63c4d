import { makeStyles, tokens } from "@fluentui/react-components";
import { CHANGE_ARROWS, changeDirection, formatChange, formatFigure } from "../../core/stats/format-figures";
import type { Config } from "../../core/config/schema";
import { figureTable } from "../../core/stats/key-figures";
import { topicNames, type StatsLang } from "../../core/stats/stats-labels";
import type { FigureColumn } from "../../core/stats/team-statistics";
import type { StatisticsTexts } from "./statistics-texts";

const useStyles = makeStyles({
  region: { overflowX: "auto" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", paddingBottom: tokens.spacingVerticalXS },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    textAlign: "right",
    verticalAlign: "top",
  },
  head: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    textAlign: "left",
    verticalAlign: "top",
    fontWeight: "normal",
  },
  change: { display: "block", color: tokens.colorNeutralForeground2 },
});

/**
 * The key figures, one column per mailbox and one for the totals: every share with its base, and under every
 * figure the change from the previous period in words (the arrow is only decoration).
 */
export function KeyFiguresTable({
  columns,
  lang,
  texts,
  previous,
  config,
}: {
  columns: readonly FigureColumn[];
  lang: StatsLang;
  texts: StatisticsTexts;
  previous: { from: string; to: string };
  /** For the topics' names in the rows of the share corrected by topic. */
  config: Config;
}) {
  const styles = useStyles();
  const figures = figureTable(
    columns.map(({ pair }) => pair),
    topicNames(config),
  );
  return (
    // A focusable region, so keyboard users can scroll the columns a narrow pane cuts off.
    <div className={styles.region} role="region" aria-label={texts.figuresRegion} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>{texts.figuresCaption(previous.from, previous.to)}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.head}>
              {texts.figure}
            </th>
            {columns.map(({ label }) => (
              <th scope="col" key={label[lang]} className={styles.cell}>
                {label[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(figures[0] ?? []).map((figure, i) => (
            <tr key={figure.id} data-figure={figure.id}>
              <th scope="row" className={styles.head}>
                {figure.label[lang]}
              </th>
              {figures.map((list, column) => {
                const cell = list[i] ?? figure;
                const direction = changeDirection(cell);
                return (
                  <td key={column} className={styles.cell}>
                    {formatFigure(cell.current, lang)}
                    <span className={styles.change}>
                      {direction && <span aria-hidden="true">{CHANGE_ARROWS[direction]} </span>}
                      {formatChange(cell, lang)}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
