<?php
/*
 * Installs Debian's WordPress for newsdesk's tests, or brings an installed one back to the
 * expected state; run by .ci/services.sh as root:  php setup.php <site url> <admin password>
 *
 * Site: title "newsdesk CI", UTC, pretty permalinks (the REST API at /wp-json/), the
 * twentytwentythree theme. Users: ci-admin (Administrator), ci-editor (Editor), ci-author
 * (Author), each given a fresh application password named "newsdesk-ci" (older ones of that
 * name are revoked). Prints the shell lines the tests read, e.g.
 *   export NEWSDESK_TEST_WP_EDITOR='ci-editor:abcd efgh ...'
 */
if (PHP_SAPI !== 'cli' || count($argv) !== 3) {
    fwrite(STDERR, "usage: php setup.php <site url> <admin password>\n");
    exit(2);
}
[$script, $url, $admin_password] = $argv;
$parts = parse_url($url);
$_SERVER['HTTP_HOST'] = $parts['host'] . (isset($parts['port']) ? ':' . $parts['port'] : '');
$_SERVER['SERVER_NAME'] = $parts['host'];
$_SERVER['SERVER_PORT'] = (string) ($parts['port'] ?? 80);
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
define('WP_INSTALLING', true);  // as wp-admin/install.php does: no redirect to the installer
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

function fail(string $message): void {
    fwrite(STDERR, "setup.php: $message\n");
    exit(1);
}

add_filter('pre_wp_mail', '__return_false');  // no mail server: the "new site" mail is not sent

if (!is_blog_installed()) {
    $result = wp_install('newsdesk CI', 'ci-admin', 'ci-admin@example.invalid', false, '',
                         wp_slash($admin_password));
    if (is_wp_error($result)) {
        fail('wp_install: ' . $result->get_error_message());
    }
    fwrite(STDERR, "setup.php: WordPress installed\n");
}

update_option('blogname', 'newsdesk CI');
update_option('blogdescription', 'Test site for newsdesk publishing');
update_option('timezone_string', 'UTC');
update_option('blog_public', '0');
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%postname%/');
$wp_rewrite->flush_rules(false);  // rules in the database; Apache's vhost does the rewriting
if (get_stylesheet() !== 'twentytwentythree' && wp_get_theme('twentytwentythree')->exists()) {
    switch_theme('twentytwentythree');
}

$users = ['ADMIN' => ['ci-admin', 'administrator'], 'EDITOR' => ['ci-editor', 'editor'],
          'AUTHOR' => ['ci-author', 'author']];
$lines = [];
foreach ($users as $env => [$login, $role]) {
    $user = get_user_by('login', $login);
    if (!$user) {
        $id = wp_insert_user(['user_login' => $login, 'user_email' => "$login@example.invalid",
                              'user_pass' => wp_generate_password(24), 'role' => $role,
                              'display_name' => $login]);
        if (is_wp_error($id)) {
            fail("creating $login: " . $id->get_error_message());
        }
        $user = get_user_by('id', $id);
    }
    if ($login === 'ci-admin') {
        wp_set_password($admin_password, $user->ID);
    }
    $user->set_role($role);
    foreach (WP_Application_Passwords::get_user_application_passwords($user->ID) as $item) {
        if ($item['name'] === 'newsdesk-ci') {
            WP_Application_Passwords::delete_application_password($user->ID, $item['uuid']);
        }
    }
    $created = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'newsdesk-ci']);
    if (is_wp_error($created)) {
        fail("application password for $login: " . $created->get_error_message());
    }
    $password = WP_Application_Passwords::chunk_password($created[0]);
    $lines[] = "export NEWSDESK_TEST_WP_$env='$login:$password'";
}
echo "export NEWSDESK_TEST_WP_URL='" . home_url() . "'\n";
echo implode("\n", $lines) . "\n";
