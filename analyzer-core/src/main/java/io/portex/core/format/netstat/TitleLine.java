package io.portex.core.format.netstat;

import java.util.Locale;
import java.util.Set;

/**
 * The title {@code netstat} prints above its table, in the languages Windows ships: known text, not
 * a line left unread.
 */
final class TitleLine {

  private static final Set<String> TITLES =
      Set.of(
          "active connections",
          "aktive verbindungen",
          "connexions actives",
          "conexiones activas",
          "connessioni attive",
          "conexões ativas",
          "conexões activas",
          "actieve verbindingen",
          "aktywne połączenia",
          "aktiva anslutningar",
          "aktive forbindelser",
          "aktive tilkoblinger",
          "aktiiviset yhteydet",
          "aktivní připojení",
          "aktív kapcsolatok",
          "etkin bağlantılar",
          "ενεργές συνδέσεις",
          "conexiuni active",
          "активные подключения",
          "активные соединения",
          "アクティブな接続",
          "活动连接",
          "使用中連線",
          "作用中連線",
          "활성 연결");

  private TitleLine() {}

  /** True for a title line, blanks around it allowed. */
  static boolean is(String text) {
    return text.length() <= 40 && TITLES.contains(text.strip().toLowerCase(Locale.ROOT));
  }
}
