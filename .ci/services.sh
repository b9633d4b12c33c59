#!/usr/bin/env bash
# Installs (Debian packages) and starts, on 127.0.0.1, the real services the opt-in suites use:
#   - PostgreSQL (own cluster "newsdesk_ci", port 54329): tests/test_store.py etc.
#   - WordPress (Debian's package) on MariaDB and Apache + mod_php, port 8089, with an
#     Administrator, an Editor and an Author, each with an application password, and a
#     must-use plugin that can drop a reply after WordPress committed (tests/test_publish_wordpress_real.py)
# and writes the variables those suites read to $NEWSDESK_CI_STATE/services.env (default
# /var/lib/newsdesk-ci/services.env):   . /var/lib/newsdesk-ci/services.env
#
# Needs root on Debian 12 with apt. Safe to run again: what is installed is kept, what runs is
# reloaded, passwords are kept, application passwords are replaced. It changes the machine's own
# apache2, mariadb and postgresql set-up (the default Apache site on port 80 is switched off):
# run it on a CI machine, a VM or a container, not on a server you care about.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
STATE="${NEWSDESK_CI_STATE:-/var/lib/newsdesk-ci}"
WP_PORT="${NEWSDESK_CI_WP_PORT:-8089}"
PG_PORT="${NEWSDESK_CI_PG_PORT:-54329}"
WP_HOST=127.0.0.1
WP_URL="http://$WP_HOST:$WP_PORT"
PACKAGES=(wordpress wordpress-theme-twentytwentythree mariadb-server apache2 libapache2-mod-php
          php-mysql php-curl php-xml php-mbstring postgresql chromium)

say() { echo "ci-services: $*"; }
die() { echo "ci-services: error: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "run as root (it installs packages and starts services)"
command -v apt-get >/dev/null || die "needs a Debian system with apt-get"
mkdir -p "$STATE" && chmod 700 "$STATE"

# A password kept in $STATE across runs (so a re-run does not lock out what is running).
secret() {
    local file="$STATE/$1.secret"
    [ -s "$file" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$file")
    cat "$file"
}

install_packages() {
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then say "packages already installed"; return; fi
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    local apt=(apt-get -o DPkg::Lock::Timeout=300)  # wait for another apt, do not fail at once
    "${apt[@]}" update -qq || { sleep 10; "${apt[@]}" update -qq; }
    "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >"$STATE/apt.log" 2>&1 \
        || { tail -20 "$STATE/apt.log" >&2; die "apt-get install failed (log: $STATE/apt.log)"; }
}

start_mariadb() {
    if ! mysqladmin ping --silent >/dev/null 2>&1; then
        service mariadb start >/dev/null
    fi
    local i
    for i in $(seq 1 30); do mysqladmin ping --silent >/dev/null 2>&1 && return; sleep 1; done
    die "mariadb did not start (see /var/log/mysql/ or journal)"
}

setup_wordpress_db() {
    local pw; pw="$(secret wp-db)"
    mysql -uroot <<SQL
CREATE DATABASE IF NOT EXISTS newsdesk_wp CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'newsdesk_wp'@'localhost' IDENTIFIED BY '$pw';
ALTER USER 'newsdesk_wp'@'localhost' IDENTIFIED BY '$pw';
GRANT ALL PRIVILEGES ON newsdesk_wp.* TO 'newsdesk_wp'@'localhost';
FLUSH PRIVILEGES;
SQL
}

write_wordpress_config() {
    local file="/etc/wordpress/config-$WP_HOST.php" salts="" key
    for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT \
               LOGGED_IN_SALT NONCE_SALT; do
        salts+="define('$key', '$(secret "wp-salt-$key")');"$'\n'
    done
    umask 027
    cat > "$file.tmp" <<PHP
<?php
// Written by newsdesk's .ci/services.sh for the test WordPress on $WP_URL; rewritten on each run.
define('DB_NAME', 'newsdesk_wp');
define('DB_USER', 'newsdesk_wp');
define('DB_PASSWORD', '$(secret wp-db)');
define('DB_HOST', 'localhost');
define('WP_HOME', '$WP_URL');
define('WP_SITEURL', '$WP_URL');
// Application passwords need HTTPS or a 'local' environment.
define('WP_ENVIRONMENT_TYPE', 'local');
// No user (not even an Administrator or Editor) may post unfiltered HTML: kses filters all of it.
define('DISALLOW_UNFILTERED_HTML', true);
// No internet here: never call wordpress.org, no loopback cron requests, no updates.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
$salts
PHP
    umask 022
    chown root:www-data "$file.tmp"
    mv "$file.tmp" "$file"
}

write_apache_site() {
    cat > /etc/apache2/sites-available/newsdesk-ci.conf <<CONF
# Written by newsdesk's .ci/services.sh: Debian's WordPress on $WP_URL only.
ServerName $WP_HOST
Listen $WP_HOST:$WP_PORT
<VirtualHost $WP_HOST:$WP_PORT>
    ServerName $WP_HOST
    DocumentRoot /usr/share/wordpress
    Alias /wp-content /var/lib/wordpress/wp-content
    <Directory /usr/share/wordpress>
        Options FollowSymLinks
        AllowOverride None
        DirectoryIndex index.php
        Require all granted
        RewriteEngine On
        RewriteBase /
        RewriteRule ^index\.php$ - [L]
        RewriteCond %{REQUEST_FILENAME} !-f
        RewriteCond %{REQUEST_FILENAME} !-d
        RewriteRule . /index.php [L]
    </Directory>
    <Directory /var/lib/wordpress/wp-content>
        Options FollowSymLinks
        Require all granted
    </Directory>
    ErrorLog \${APACHE_LOG_DIR}/newsdesk-ci-error.log
    CustomLog \${APACHE_LOG_DIR}/newsdesk-ci-access.log combined
</VirtualHost>
CONF
    a2enmod -q rewrite >/dev/null
    a2ensite -q newsdesk-ci >/dev/null
    # Only 127.0.0.1: the stock site and its port 80 on every interface are switched off.
    a2dissite -q 000-default >/dev/null 2>&1 || true
    sed -i 's/^Listen 80$/# Listen 80  (switched off by newsdesk .ci\/services.sh)/' /etc/apache2/ports.conf
    apache2ctl configtest 2>/dev/null || { apache2ctl configtest; die "apache2 configuration is invalid"; }
    local pidfile=/var/run/apache2/apache2.pid
    if [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        apache2ctl graceful
    else
        apache2ctl start
    fi
}

setup_wordpress() {
    install -d -o www-data -g www-data /var/lib/wordpress/wp-content/mu-plugins
    install -m 644 "$here/wordpress/newsdesk-ci-faults.php" /var/lib/wordpress/wp-content/mu-plugins/
    (umask 077; php "$here/wordpress/setup.php" "$WP_URL" "$(secret wp-admin)" > "$STATE/wp-users.env")
    local i
    for i in $(seq 1 30); do
        php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "$WP_URL/wp-json/" && return
        sleep 1
    done
    die "WordPress does not answer on $WP_URL/wp-json/ (see /var/log/apache2/newsdesk-ci-error.log)"
}

setup_postgresql() {
    local version cluster=newsdesk_ci pw conf
    version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
    [ -n "$version" ] || die "postgresql is not installed"
    if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$version/$cluster"; then
        pg_createcluster -q "$version" "$cluster" --port "$PG_PORT" >/dev/null
    fi
    conf="/etc/postgresql/$version/$cluster/conf.d/newsdesk-ci.conf"
    cat > "$conf" <<CONF
# Written by newsdesk's .ci/services.sh: a throwaway test database, fast rather than durable.
listen_addresses = '127.0.0.1'
port = $PG_PORT
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
    if pg_lsclusters -h | awk -v c="$cluster" '$2==c {print $4}' | grep -q online; then
        pg_ctlcluster "$version" "$cluster" reload
    else
        pg_ctlcluster "$version" "$cluster" start
    fi
    pw="$(secret pg)"
    runuser -u postgres -- psql -q -p "$PG_PORT" -v ON_ERROR_STOP=1 -d postgres <<SQL
SELECT 'CREATE ROLE newsdesk_test LOGIN' WHERE NOT EXISTS
    (SELECT FROM pg_roles WHERE rolname = 'newsdesk_test') \gexec
ALTER ROLE newsdesk_test LOGIN CREATEDB PASSWORD '$pw';
SELECT 'CREATE DATABASE newsdesk_test OWNER newsdesk_test' WHERE NOT EXISTS
    (SELECT FROM pg_database WHERE datname = 'newsdesk_test') \gexec
SQL
    echo "export NEWSDESK_TEST_PG_URL='postgresql+psycopg://newsdesk_test:$pw@127.0.0.1:$PG_PORT/newsdesk_test'" \
        > "$STATE/pg.env"
}

timed() {
    local label="$1" t0; shift
    t0=$(date +%s)
    "$@"
    say "$label took $(( $(date +%s) - t0 ))s"
}

wordpress_all() { start_mariadb; setup_wordpress_db; write_wordpress_config; write_apache_site; setup_wordpress; }

timed "apt install" install_packages
timed "mariadb+wordpress setup" wordpress_all
timed "postgresql setup" setup_postgresql
(umask 077; cat "$STATE/pg.env" "$STATE/wp-users.env" > "$STATE/services.env")
say "WordPress on $WP_URL, PostgreSQL on 127.0.0.1:$PG_PORT"
say "for the tests:  . $STATE/services.env"
