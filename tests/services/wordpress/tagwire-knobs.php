<?php
/**
 * Plugin Name: tagwire test knobs
 * Description: Lets the tests switch a throw-away WordPress between the set-ups a crawler
 * meets in the wild (theme, permalinks, archive and feed display, REST API and feeds on or
 * off) by rewriting one JSON file, with no reinstall. Must-use plugin: it is loaded on
 * every request before the theme. Never sends mail; never reaches the network.
 */

if (!defined('ABSPATH')) {
    exit;
}

function tagwire_knobs(): array
{
    static $knobs = null;
    if ($knobs === null) {
        $raw = defined('TAGWIRE_KNOBS') && is_readable(TAGWIRE_KNOBS)
            ? file_get_contents(TAGWIRE_KNOBS) : '';
        $knobs = $raw ? (json_decode($raw, true) ?: []) : [];
        $knobs += [
            'theme' => 'twentytwentyone',
            'permalinks' => '/%year%/%monthnum%/%day%/%postname%/',
            'archive' => 'excerpt',      // excerpt | full: what archive pages show
            'feed_excerpt' => false,     // true: feeds carry summaries only (rss_use_excerpt)
            'rest' => 'on',              // on | 401 (refused, still announced) | 404 (gone)
                                         // | html (a 200 HTML page) | broken (cut JSON)
            'feeds' => 'on',             // on | off (links removed, feed URLs answer 404)
                                         // | truncated (every feed cut half-way)
            'per_page' => 10,
            'per_feed' => 10,
        ];
    }
    return $knobs;
}

// Options come from the knobs file; nothing is stored, so a switch is instant.
$tagwire_options = [
    'template' => 'theme',
    'stylesheet' => 'theme',
    'permalink_structure' => 'permalinks',
    'posts_per_page' => 'per_page',
    'posts_per_rss' => 'per_feed',
];
foreach ($tagwire_options as $option => $knob) {
    add_filter("pre_option_{$option}", static function () use ($knob) {
        return tagwire_knobs()[$knob];
    });
}
add_filter('pre_option_rss_use_excerpt', static function () {
    return tagwire_knobs()['feed_excerpt'] ? '1' : '0';
});
add_filter('pre_option_blog_public', static function () {
    return '1';
});

// Rewrite rules depend on the permalink structure: rebuild them once after a switch.
add_action('init', static function () {
    $structure = tagwire_knobs()['permalinks'];
    if (get_option('tagwire_rules_for') !== $structure) {
        flush_rewrite_rules(false);
        update_option('tagwire_rules_for', $structure);
    }
}, 99);

// Archive pages: excerpts or the full text. Twenty Twenty-One has a theme setting for it;
// in a block theme the site owner swaps the excerpt block for the content block.
add_filter('theme_mod_display_excerpt_or_full_post', static function () {
    return tagwire_knobs()['archive'] === 'full' ? 'full' : 'excerpt';
});
function tagwire_full_text_template($template)
{
    if ($template instanceof WP_Block_Template && tagwire_knobs()['archive'] === 'full') {
        $template->content = preg_replace(
            '#<!-- wp:post-excerpt(?:\s+\{[^}]*\})?\s*/-->#', '<!-- wp:post-content /-->',
            $template->content
        );
    }
    return $template;
}
add_filter('get_block_template', 'tagwire_full_text_template');
add_filter('get_block_file_template', 'tagwire_full_text_template');
add_filter('get_block_templates', static function ($templates) {
    return array_map('tagwire_full_text_template', $templates);
});

// REST API: "401" refuses every request but leaves the discovery links (as the usual
// "disable REST API" plugins do); "404" removes every route and the links.
$tagwire_rest = tagwire_knobs()['rest'];
if ($tagwire_rest === '401') {
    add_filter('rest_authentication_errors', static function () {
        return new WP_Error('rest_disabled', 'The REST API is disabled on this site.',
            ['status' => 401]);
    });
} elseif ($tagwire_rest === '404') {
    add_filter('rest_endpoints', static function () {
        return [];
    });
    remove_action('wp_head', 'rest_output_link_wp_head', 10);
    remove_action('template_redirect', 'rest_output_link_header', 11);
}

// What a crawler meets behind proxies and security plugins: an HTML page with status 200
// instead of JSON, or a response cut half-way.
function tagwire_cut_in_half(string $buffer): string
{
    return substr($buffer, 0, intdiv(strlen($buffer), 2));
}
if ($tagwire_rest === 'html' || $tagwire_rest === 'broken') {
    add_action('rest_api_init', static function () use ($tagwire_rest) {
        if ($tagwire_rest === 'html') {
            status_header(200);
            header('Content-Type: text/html; charset=UTF-8');
            echo "<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
                . "<body><p>Checking your browser before accessing the site.</p></body></html>";
            exit;
        }
        ob_start('tagwire_cut_in_half');
    });
}
if (tagwire_knobs()['feeds'] === 'truncated') {
    foreach (['do_feed_rss2', 'do_feed_atom'] as $hook) {
        add_action($hook, static function () {
            ob_start('tagwire_cut_in_half');
        }, 1);
    }
}

// Feeds off: no feed links in the head, and every feed URL answers 404.
if (tagwire_knobs()['feeds'] === 'off') {
    remove_action('wp_head', 'feed_links', 2);
    remove_action('wp_head', 'feed_links_extra', 3);
    foreach (['do_feed', 'do_feed_rdf', 'do_feed_rss', 'do_feed_rss2', 'do_feed_atom'] as $hook) {
        add_action($hook, static function () {
            status_header(404);
            header('Content-Type: text/plain; charset=utf-8');
            echo "Feeds are disabled on this site.\n";
            exit;
        }, 1);
    }
}

// A test site never sends mail.
if (!function_exists('wp_mail')) {
    function wp_mail($to, $subject, $message, $headers = '', $attachments = [])
    {
        return false;
    }
}
