<?php
/*
 * Plugin Name: newsdesk CI faults
 * Description: Test-only (installed by newsdesk's .ci/services.sh as a must-use plugin): lets a
 *   test make WordPress commit a REST request and then drop the connection without a reply.
 *
 * An Administrator queues a fault:   POST /wp-json/newsdesk-ci/v1/faults
 *   {"method": "POST", "route": "/wp/v2/posts"}   (route as WordPress names it, exact)
 * The next matching request is handled in full (the post is saved in the database), then the
 * Apache worker serving it kills itself before a byte of the reply is written: the client sees
 * the connection close, as when a proxy or the network drops a reply. GET lists the queue,
 * DELETE empties it. Active only when WP_ENVIRONMENT_TYPE is 'local'.
 */
if (!defined('ABSPATH') || wp_get_environment_type() !== 'local') {
    return;
}

const NEWSDESK_CI_FAULTS = 'newsdesk_ci_faults';

add_action('rest_api_init', function () {
    $admin = function () { return current_user_can('manage_options'); };
    register_rest_route('newsdesk-ci/v1', '/faults', [
        ['methods' => 'GET', 'permission_callback' => $admin,
         'callback' => function () { return get_option(NEWSDESK_CI_FAULTS, []); }],
        ['methods' => 'POST', 'permission_callback' => $admin,
         'callback' => function (WP_REST_Request $request) {
             if (!function_exists('posix_kill')) {
                 return new WP_Error('newsdesk_ci_no_posix', 'PHP has no posix_kill here', ['status' => 501]);
             }
             $faults = get_option(NEWSDESK_CI_FAULTS, []);
             $faults[] = ['method' => strtoupper((string) $request['method']),
                          'route' => (string) $request['route']];
             update_option(NEWSDESK_CI_FAULTS, $faults, false);
             return $faults;
         }],
        ['methods' => 'DELETE', 'permission_callback' => $admin,
         'callback' => function () { update_option(NEWSDESK_CI_FAULTS, [], false); return []; }],
    ]);
});

add_filter('rest_post_dispatch', function ($response, $server, $request) {
    $faults = get_option(NEWSDESK_CI_FAULTS, []);
    if (!$faults || !($response instanceof WP_REST_Response) || $response->get_status() >= 300) {
        return $response;
    }
    foreach ($faults as $i => $fault) {
        if ($fault['method'] === $request->get_method() && $fault['route'] === $request->get_route()) {
            array_splice($faults, $i, 1);
            update_option(NEWSDESK_CI_FAULTS, $faults, false);
            error_log('newsdesk-ci: dropping the reply to ' . $fault['method'] . ' ' . $fault['route']);
            posix_kill(getmypid(), 9);  // the work is committed; no reply leaves
            exit(1);  // not reached
        }
    }
    return $response;
}, 10, 3);
