package org.eldercare.oversight.workbench;

import java.util.stream.Collectors;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.todo.TodoBoard;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 工作台: the user's region and their open to-do items (the soonest due; the badge counts them all, #9 item 11). */
@Controller
class WorkbenchController {

    /** How many to-dos the page lists, soonest due first. */
    static final int SHOWN = 100;
    private final TodoBoard todos;

    WorkbenchController(TodoBoard todos) {
        this.todos = todos;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("todos", todos.openFor(user.roles(), user.institutionId(), SHOWN));
        model.addAttribute("todoTotal", todos.countOpenFor(user.roles(), user.institutionId()));
        model.addAttribute("todosShown", SHOWN);
        model.addAttribute("roleLabels", user.roles().stream().map(Role::label).collect(Collectors.joining("、")));
        return "workbench/home";
    }
}
