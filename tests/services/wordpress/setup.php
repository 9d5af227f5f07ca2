<?php
/**
 * Installs a fresh WordPress into an empty database and fills it with the posts of a JSON
 * file, through WordPress's own functions (wp_install, wp_insert_user, wp_insert_term,
 * wp_insert_post), as an editor would have made them:
 *
 *     php setup.php DOCROOT SITE.json > IDS.json
 *
 * SITE.json: {"title", "admin_email", "users": [{"login", "name"}],
 *             "categories": [{"name", "slug", "parent"}],
 *             "posts": [{"title", "slug", "content", "date", "author", "tags", "categories"}]}
 * Prints {"posts": [{"slug", "id"}], "users": {login: id}, "terms": {taxonomy: {slug: id}}}.
 */

if (PHP_SAPI !== 'cli' || $argc !== 3) {
    fwrite(STDERR, "usage: php setup.php DOCROOT SITE.json\n");
    exit(2);
}
$docroot = $argv[1];
$site = json_decode(file_get_contents($argv[2]), true);
if (!is_array($site)) {
    fwrite(STDERR, "setup.php: {$argv[2]}: not a JSON object\n");
    exit(2);
}

define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url('http://127.0.0.1', PHP_URL_HOST);
$_SERVER['REQUEST_METHOD'] = 'GET';
require $docroot . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// wp_install() mails the password to the admin; a test site sends nothing.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password)
{
}

$installed = wp_install($site['title'], 'admin', $site['admin_email'], true, '',
    wp_generate_password(24));
$admin = (int) $installed['user_id'];
wp_set_current_user($admin);  // an administrator may post captions and embeds unfiltered

// The starter content ("Hello world!", the sample page, its comment) is not ours.
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any',
                    'numberposts' => -1]) as $starter) {
    wp_delete_post($starter->ID, true);
}
update_option('blogdescription', $site['description'] ?? '');
update_option('default_comment_status', 'closed');

$out = ['posts' => [], 'users' => ['admin' => $admin], 'terms' => ['category' => [], 'post_tag' => []]];
foreach ($site['users'] ?? [] as $user) {
    $id = wp_insert_user([
        'user_login' => $user['login'], 'display_name' => $user['name'],
        'nickname' => $user['name'], 'user_nicename' => $user['login'],
        'user_email' => $user['login'] . '@example.invalid',
        'user_pass' => wp_generate_password(24), 'role' => 'author',
    ]);
    if (is_wp_error($id)) {
        fwrite(STDERR, "setup.php: user {$user['login']}: " . $id->get_error_message() . "\n");
        exit(1);
    }
    $out['users'][$user['login']] = $id;
}
foreach ($site['categories'] ?? [] as $cat) {
    $parent = $cat['parent'] ? ($out['terms']['category'][$cat['parent']] ?? 0) : 0;
    $term = wp_insert_term($cat['name'], 'category', ['slug' => $cat['slug'], 'parent' => $parent]);
    if (is_wp_error($term)) {
        fwrite(STDERR, "setup.php: category {$cat['slug']}: " . $term->get_error_message() . "\n");
        exit(1);
    }
    $out['terms']['category'][$cat['slug']] = $term['term_id'];
}

wp_defer_term_counting(true);
foreach ($site['posts'] as $n => $post) {
    $id = wp_insert_post([
        'post_type' => 'post',
        'post_status' => 'publish',
        'post_title' => $post['title'],
        'post_name' => $post['slug'],
        'post_content' => $post['content'],
        'post_excerpt' => $post['excerpt'] ?? '',
        'post_date' => $post['date'],
        'post_author' => $out['users'][$post['author']] ?? $admin,
        'post_category' => array_map(static function ($slug) use ($out) {
            return $out['terms']['category'][$slug];
        }, $post['categories']),
        'tags_input' => $post['tags'],
        'comment_status' => 'closed',
    ], true);
    if (is_wp_error($id)) {
        fwrite(STDERR, "setup.php: post #$n ({$post['slug']}): " . $id->get_error_message() . "\n");
        exit(1);
    }
    $out['posts'][] = ['slug' => $post['slug'], 'id' => $id];
}
wp_defer_term_counting(false);
foreach (get_terms(['taxonomy' => 'post_tag', 'hide_empty' => false]) as $tag) {
    $out['terms']['post_tag'][$tag->slug] = $tag->term_id;
}
echo json_encode($out), "\n";
